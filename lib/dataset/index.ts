export { Workspace, RowError, UnknownTableError, type TableSnapshot } from "./workspace";
export { loadDataset, loadDatasetSync, DatasetError } from "./load";
export { datasetFilesIn, NdjsonDatasetWriter } from "./ndjson-writer";
export type { RowSink } from "./sink";
