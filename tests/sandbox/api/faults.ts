// Injected server faults: each API request draws from a stream of the seed, so a run with the same seed and the same
// requests fails at the same places.
import { Random, mixSeed } from '../data/prng';
import { apiErrors, type ApiFailure } from './errors';

const FAULT_STREAM = 0xfa017;

export class FaultInjector {
  private readonly random: Random;

  constructor(
    seed: number,
    private readonly rate: number,
  ) {
    this.random = new Random(mixSeed(seed, FAULT_STREAM));
  }

  next(): ApiFailure | undefined {
    if (this.rate <= 0) return undefined;
    if (this.random.next() >= this.rate) return undefined;
    return this.random.chance(0.5) ? apiErrors.serviceError() : apiErrors.serviceUnavailable();
  }
}
