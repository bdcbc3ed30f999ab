// src/random/libm.ts: correctly rounded exp/log/pow, checked against glibc's values (printed by
// Python's math module, which calls them) at arguments where V8's Math functions are an ulp off,
// and the samplers built on them against NumPy 2.4.6's streams.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import { exp, log, pow } from "../../src/random/libm.js";

test("exp, log, pow equal glibc's where Math's differ in the last bit", () => {
  assert.equal(exp(-2.4317965656884546), 0.08787881062055543);
  assert.equal(exp(-9.837988430626803), 0.00005338458998914368);
  assert.equal(exp(-12.812092601399495), 0.000002727588693849813);
  assert.equal(log(0.5890022579825517), -0.5293252617512233);
  assert.equal(log(0.39325509496422606), -0.9332967810838743);
  assert.equal(log(0.1772112589385827), -1.7304127048014923);
  assert.equal(pow(0.08813972152611027, 4.463115073742215), 0.000019596558043701347);
  assert.equal(pow(0.9126482726482615, 3.7271556562710355), 0.7112867645558146);
  assert.equal(pow(0.10852693883356046, 2.315093144094658), 0.0058503197316720846);
});

test("exp, log, pow at the edges of their ranges and special values", () => {
  assert.equal(exp(0), 1);
  assert.equal(exp(1), Math.E);
  assert.equal(exp(709.7), 1.6549840276802644e308);
  assert.equal(exp(710), Infinity);
  assert.equal(exp(-708), 3.307553003638408e-308);
  assert.equal(exp(-746), 0);
  assert.ok(Number.isNaN(exp(NaN)));
  assert.equal(log(1), 0);
  assert.equal(log(Number.MAX_VALUE), 709.782712893384);
  assert.equal(log(5e-324), -744.4400719213812);
  assert.equal(log(1 - 2 ** -53), -1.1102230246251565e-16);
  assert.equal(log(1 + 2 ** -52), 2.2204460492503128e-16);
  assert.equal(log(0), -Infinity);
  assert.ok(Number.isNaN(log(-1)));
  assert.equal(pow(2, 10), 1024);
  assert.equal(pow(0.25, 0.5), 0.5);
  assert.equal(pow(0, 2), 0);
  assert.equal(pow(3, 0), 1);
  assert.equal(pow(0.5, 2000), 0);
  assert.equal(pow(2, 1024), Infinity);
});

test("samplers on exp/log/pow give NumPy's exact draws", () => {
  const g = (s: number) => np.random.default_rng(s);
  assert.deepEqual((g(12345).gamma(0.3, 2, 8) as np.NDArray).tolist(),
    [0.014341377015324225, 1.0225877611934333, 0.0875033607006855, 0.3609506696347166, 0.5336076200567564, 0.019229553321685775, 0.13139504942658062, 0.6017473533466694]);
  assert.deepEqual((g(12345).beta(0.5, 0.5, 8) as np.NDArray).tolist(),
    [0.3399717975234444, 0.5800084999338458, 0.911237684682176, 0.0640601317469053, 0.9797615121890884, 0.19898937071964748, 0.8202700283522331, 0.9174611180536331]);
  assert.deepEqual((g(7).lognormal(0.5, 1.5, 6) as np.NDArray).tolist(),
    [1.6517663492814065, 2.5808487204768227, 1.0928546491496451, 0.4334894767529386, 0.8335961906446396, 0.37251803266523154]);
  assert.deepEqual((new np.random.RandomState(5).gamma(2.5, { size: 6 }) as np.NDArray).tolist(),
    [2.883191204116095, 1.7152192676618763, 8.075601410812345, 1.816377474908622, 1.084967465031521, 1.4072682525019726]);
});
