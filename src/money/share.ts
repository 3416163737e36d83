import type { Cents } from "./cents";
import { mulDivFloor } from "./mulDivFloor";
import type { Ppm } from "./rate";

/**
 * The largest state share the rate allows on eligible costs: eligible × rate, rounded
 * DOWN to the cent (toward −∞) so the state never exceeds the rate.
 *
 * @example
 * stateShare(182820400, 750_000) //=> 137115300   (1 828 204 € at 75 % is 1 371 153 €)
 * stateShare(101, 750_000)       //=> 75
 */
export function stateShare(eligible: Cents, rate: Ppm): Cents {
  return mulDivFloor(eligible, rate, 1_000_000);
}

/**
 * The municipal share that goes with `stateShare`: the rest of the eligible costs, so the
 * two always add up to the cent and the municipalities carry the rounding.
 *
 * @example
 * municipalShare(182820400, 750_000) //=> 45705100   (457 051 €)
 */
export function municipalShare(eligible: Cents, rate: Ppm): Cents {
  return eligible - stateShare(eligible, rate);
}

/**
 * Whether a state share exceeds the rate on the eligible costs. The check is directional:
 * any amount up to `stateShare(eligible, rate)` passes, one cent more fails.
 *
 * @example
 * isStateOverRate(137115200, 182820400, 750_000) //=> false   (1 € under 75 %: accepted)
 * isStateOverRate(137115400, 182820400, 750_000) //=> true
 */
export function isStateOverRate(state: Cents, eligible: Cents, rate: Ppm): boolean {
  return state > stateShare(eligible, rate);
}
