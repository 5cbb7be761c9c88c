/**
 * convert_angle/energy/force/length/mass/speed/temperature/volume (their reference pages, which
 * name UnitsNet's units): the common units, each as its exact factor to the SI unit. A unit not in
 * these tables is refused by name rather than guessed.
 */
import type { FnImpl } from "./functions";
import { unsupported } from "./syntax";
import { toNumber, type Getter } from "./value-ops";

type Units = Record<string, number>;

const ANGLE: Units = { degree: 1, radian: 180 / Math.PI, arcminute: 1 / 60, arcsecond: 1 / 3600, gradian: 0.9, revolution: 360 };
const ENERGY: Units = {
  joule: 1, kilojoule: 1e3, megajoule: 1e6, gigajoule: 1e9, calorie: 4.184, kilocalorie: 4184, watthour: 3600, kilowatthour: 3.6e6,
  megawatthour: 3.6e9, britishthermalunit: 1055.05585262, electronvolt: 1.602176634e-19,
};
const FORCE: Units = { newton: 1, decanewton: 10, kilonewton: 1e3, meganewton: 1e6, dyn: 1e-5, kilogramforce: 9.80665, poundforce: 4.4482216152605 };
const LENGTH: Units = {
  meter: 1, kilometer: 1e3, decimeter: 0.1, centimeter: 0.01, millimeter: 1e-3, micrometer: 1e-6, nanometer: 1e-9, foot: 0.3048, inch: 0.0254,
  yard: 0.9144, mile: 1609.344, nauticalmile: 1852,
};
const MASS: Units = {
  kilogram: 1, gram: 1e-3, milligram: 1e-6, microgram: 1e-9, tonne: 1e3, pound: 0.45359237, ounce: 0.028349523125, stone: 6.35029318,
  shortton: 907.18474, longton: 1016.0469088,
};
const SPEED: Units = {
  meterpersecond: 1, meterperminute: 1 / 60, meterperhour: 1 / 3600, kilometerperhour: 1 / 3.6, kilometerpersecond: 1e3, centimeterpersecond: 0.01,
  centimeterperhour: 0.01 / 3600, millimeterpersecond: 1e-3, footpersecond: 0.3048, mileperhour: 0.44704, knot: 1852 / 3600,
};
const VOLUME: Units = {
  cubicmeter: 1, liter: 1e-3, milliliter: 1e-6, cubiccentimeter: 1e-6, cubickilometer: 1e9, cubicfoot: 0.028316846592, cubicinch: 1.6387064e-5,
  cubicyard: 0.764554857984, usgallon: 0.003785411784, imperialgallon: 0.00454609, // UnitsNet (which Kusto uses) converts with 0.000810714 acre-feet per cubic meter, not the exact 1233.48183754752 m³.
  acrefoot: 1 / 0.000810714,
};

function unitOf(table: Units, g: Getter, call: Parameters<FnImpl>[0]["call"], what: string): number {
  if (!g.constant) return unsupported(call, `convert_${what}() with a unit that is not a constant`);
  const name = String(g(0)).toLowerCase();
  const factor = table[name];
  if (factor === undefined) return unsupported(call, `convert_${what}() unit ${String(g(0))}`);
  return factor;
}

function converter(table: Units, what: string): FnImpl {
  return ({ g: [v, from, to], call }) => {
    const scale = unitOf(table, from, call, what) / unitOf(table, to, call, what);
    return (i) => {
      const x = toNumber(v(i));
      return x === null ? null : x * scale;
    };
  };
}

// Affine: everything through kelvin.
const TEMPERATURE: Record<string, [(x: number) => number, (k: number) => number]> = {
  kelvin: [(x) => x, (k) => k],
  degreecelsius: [(x) => x + 273.15, (k) => k - 273.15],
  degreefahrenheit: [(x) => ((x - 32) * 5) / 9 + 273.15, (k) => ((k - 273.15) * 9) / 5 + 32],
};

const temperature: FnImpl = ({ g: [v, from, to], call }) => {
  const unit = (g: typeof from) => {
    if (!g.constant) return unsupported(call, "convert_temperature() with a unit that is not a constant");
    return TEMPERATURE[String(g(0)).toLowerCase()] ?? unsupported(call, `convert_temperature() unit ${String(g(0))}`);
  };
  const [toKelvin] = unit(from);
  const [, fromKelvin] = unit(to);
  return (i) => {
    const x = toNumber(v(i));
    return x === null ? null : fromKelvin(toKelvin(x));
  };
};

export const CONVERT_FUNCTIONS: Record<string, FnImpl> = {
  convert_angle: converter(ANGLE, "angle"),
  convert_energy: converter(ENERGY, "energy"),
  convert_force: converter(FORCE, "force"),
  convert_length: converter(LENGTH, "length"),
  convert_mass: converter(MASS, "mass"),
  convert_speed: converter(SPEED, "speed"),
  convert_volume: converter(VOLUME, "volume"),
  convert_temperature: temperature,
};
