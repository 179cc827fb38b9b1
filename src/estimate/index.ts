/** The estimate engine: pure functions over ledger records, shared by the CLI, the HTTP API and the dashboard. */
export { estimateRounds, normaliseMix, parseMix, DEFAULT_SAMPLES, DEFAULT_SEED, type RoundsEstimate, type RoundsInput, type ParameterUse } from "./estimate-rounds.js";
export { estimateFlowCurve, estimateFlowCurves, curveOf, isotonic, type FlowCurve, type CurvePoint, type CurveRate, type CurveOptions } from "./estimate-flow-curve.js";
export { estimateBalance, type Balance, type Direction, type DirectionLine, type StatedRatio } from "./estimate-balance.js";
export { estimateProduction, type Production, type ProductionLine } from "./estimate-production.js";
export { flowLikelihood, likelihood, likelihoodPhrase, describeLikelihood, type Likelihood } from "./likelihood.js";
export { gradeSources, type SourceGrade, type Reliability, type Credibility } from "./grade-sources.js";
export { defaultParameters, withOverrides, parseParamOption, parseParamsFile, type Parameter, type Parameters, type Overrides } from "./parameters.js";
export { mulberry32, sampler, type Distribution, type Random } from "./random.js";
export { summarize, quantile, type SampleSummary } from "./quantiles.js";
export { readQuantity, figureDate, type Band, type Figure } from "./read-figures.js";
export { bandOutside, type BandOutside, type OutsideReason } from "./band-reason.js";
