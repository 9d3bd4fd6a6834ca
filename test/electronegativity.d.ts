/** The programmatic entry of @doyensec/electronegativity (it ships no types). */
declare module '@doyensec/electronegativity' {
  export default function run(options: {
    input: string;
    excludeFromScan?: string[];
    customScan?: string[];
    severitySet?: string;
    confidenceSet?: string;
    isRelative?: boolean;
  }): Promise<unknown>;
}
