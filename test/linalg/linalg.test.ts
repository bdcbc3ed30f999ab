// np.linalg's det, slogdet, inv, solve and norm against NumPy 2.4.6 (values printed by NumPy;
// floats to 1e-12 relative, as the LAPACK routines NumPy calls round in their own order).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as np from "../../src/index.js";
import type { NDArray } from "../../src/core/ndarray.js";

const L = np.linalg;
const near = (got: unknown, want: unknown, where = ""): void => {
  if (Array.isArray(want)) {
    assert.ok(Array.isArray(got) && got.length === want.length, `${where}: shape`);
    want.forEach((w, i) => near((got as unknown[])[i], w, `${where}[${i}]`));
    return;
  }
  const [g, w] = [got as number, want as number];
  assert.ok(Math.abs(g - w) <= 1e-12 * Math.max(1, Math.abs(w)), `${where}: ${g} != ${w}`);
};
const A = [[0.1257302210933933, -0.1321048632913019, 0.6404226504432821, 0.10490011715303971, -0.535669373161111], [0.36159505490948474, 1.3040000451301372, 0.9470809631292422, -0.7037352358069926, -1.2654214710460525], [-0.6232744625373522, 0.0413259793472436, -2.3250307746388343, -0.21879166393254573, -1.2459109472530652], [-0.7322673547034516, -0.5442589828573099, -0.31630015636915454, 0.4116305363741328, 1.0425133694426776], [-0.12853466294403426, 1.3664634705496859, -0.6651946734866135, 0.3515100700930197, 0.9034701816518086]];
const B = [[[-1.009618183538736, -0.20917557487171307, -0.15922500991447772, 0.5408455846858077, 0.2146591225063409], [0.3553727090399214, -0.6538286094183394, -0.12961363369276946, 0.7839754700613295, 1.4934311452207607], [-1.2590655321041202, 1.5139237747390626, 1.3458754237823045, 0.7813114007004275, 0.2644556303293035], [-0.3139228145364278, 1.4580206835369587, 1.9602583164499647, 1.801634869866125, 1.31510376473437], [0.357380410658956, -1.2083186322821715, -0.004454133120083229, 0.6564749350763358, -1.2883614637495544]], [[0.39512206018200824, 0.42986369482223, 0.6960427239628685, -1.184117966757189, -0.6617025720390349], [-0.43643524714322124, -1.169801907772864, 1.739367877130134, -0.4959107284421519, 0.3289696294602021], [-0.258572545473924, 1.5834728788021222, 1.3203609870818391, 0.6333526228249152, -2.2035098806466507], [0.05202897425988651, 0.6836861907765345, 1.0039615758421696, -0.6179070447076008, 1.8220113633283233], [-1.3204309700132935, -0.6615280218152191, 0.9350499881140221, 0.049054613825311656, 2.002392583645255]]];

test("solve, inv, det on a random well-conditioned matrix and a stack", () => {
  near(L.solve(A, [0.09401229776087457, -0.7434992493538084, -0.9217253762584194, -0.45772582566733916, 0.2201951234700494]).tolist(), [1.6394640883986387, -0.16173434520216956, -0.22920379456026968, 0.9876302795122227, 0.16857228181351125], "solve");
  near(L.inv(A).tolist(), [[-0.3315992685313312, -0.8649714632771616, -0.2594506596368988, -1.653860032197586, 0.1424925210215196], [0.18330245442533938, 0.30633421563594104, 0.025850932452759257, 0.0753540174991972, 0.4864375190497662], [0.3986208479867427, 0.33101272615002675, -0.2163004113451233, 0.43324774277159295, -0.0982412321770957], [2.534403951877427, -0.7861851869301458, 0.1549112049849005, -0.2418820786762827, 0.894238508230359], [-1.0169745198614113, -0.03678418962161122, -0.2955354735641491, 0.06383301222971904, -0.02885237158133309]], "inv");
  near(L.det(A), -2.212953926841496, "det");
  near((L.det(B) as np.NDArray).tolist(), [-1.2953820421803937, -15.18141637380216], "det stack");
  near((np.matmul(A, L.inv(A)) as np.NDArray).tolist(), np.eye(5).tolist(), "A inv(A)");
  near(L.solve([[3, 1], [1, 2]], [9, 8]).tolist(), [2, 3]);
  assert.equal(L.solve(np.broadcast_to(np.eye(2), [3, 2, 2]), np.ones([3, 2, 1])).shape.join(), "3,2,1");
  const [sign, logdet] = L.slogdet([[1, 2], [3, 4]]);
  near([sign, logdet], [-1, 0.6931471805599455]);
  assert.equal(L.slogdet([[1, 2], [3, 4]]).sign, -1);
  // exactly NumPy's digits: the logs and the exp go through the ufunc kernels, as npy_log/npy_exp
  assert.equal(L.slogdet([[1, 2], [3, 4]]).logabsdet, 0.6931471805599455);
  assert.equal(L.det([[1, 2], [3, 4]]), -2.0000000000000004);
  assert.deepEqual([...L.slogdet([[1, 2], [2, 4]])], [0, -Infinity]);
  assert.equal(L.det([[1, 2], [2, 4]]), 0);
  assert.equal(L.det(np.zeros([0, 0])), 1);
  assert.deepEqual(L.inv(np.zeros([0, 0])).shape, [0, 0]);
  assert.equal(L.inv(np.array([[1, 2], [3, 4]], { dtype: "float32" })).dtype, "float32");
  assert.equal(L.inv([[1, 2], [3, 4]]).dtype, "float64");
});

test("linalg errors are NumPy's", () => {
  assert.throws(() => L.inv(np.ones(3)), { name: "LinAlgError", message: "1-dimensional array given. Array must be at least two-dimensional" });
  assert.throws(() => L.inv(np.ones([2, 3])), { name: "LinAlgError", message: "Last 2 dimensions of the array must be square" });
  assert.throws(() => L.inv(np.ones([2, 2])), { name: "LinAlgError", message: "Singular matrix" });
  assert.throws(() => L.solve(np.ones([2, 2]), [1, 2]), { name: "LinAlgError", message: "Singular matrix" });
  assert.throws(() => L.det(np.ones([2, 3])), { name: "LinAlgError", message: "Last 2 dimensions of the array must be square" });
  assert.throws(() => L.solve(np.eye(2), [1, 2, 3]), {
    name: "ValueError",
    message: "solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size 3 is different from 2)",
  });
  assert.ok(L.LinAlgError === np.LinAlgError);
});

test("norm: vectors and matrices, ord, axis, keepdims (NumPy 2.4.6)", () => {
  assert.equal(L.norm([3, 4]), 5);
  near(L.norm([[1, 2], [3, 4]]), 5.477225575051661);
  near(L.norm([[1, 2], [3, 4]], "fro"), 5.477225575051661);
  assert.deepEqual([L.norm([[1, -2], [3, 4]], 1), L.norm([[1, -2], [3, 4]], Infinity), L.norm([[1, -2], [3, 4]], -1)], [6, 7, 4]);
  assert.deepEqual([L.norm([1, -2, 3], Infinity), L.norm([1, -2, 3], 0), L.norm([1, 0, 3], 0)], [3, 3, 2]);
  near(L.norm([1, -2, 3], 3), 3.3019272488946263);
  near((L.norm(np.arange(6).reshape(2, 3), { axis: 1 }) as np.NDArray).tolist(), [2.23606797749979, 7.0710678118654755]);
  assert.deepEqual((L.norm(np.arange(6).reshape(2, 3), null, 0, true) as np.NDArray).shape, [1, 3]);
  assert.throws(() => L.norm([[1, 2], [3, 4]], 3), { name: "ValueError", message: "Invalid norm order for matrices." });
});

test("eigh and eigvalsh: ascending eigenvalues, orthonormal eigenvectors, UPLO, stacks (NumPy 2.4.6)", () => {
  const S = [[0.691168384129572, 0.2846649081408732, -0.4060170108182798, -2.085065693961203, -1.8058066122928507, 2.5642133274150596], [0.2846649081408732, 1.1622362083927062, 0.20166244819302295, 0.036940256036655295, -1.8605910046518759, -0.5653077760798344], [-0.4060170108182798, 0.20166244819302295, -0.9642386253599565, 0.606988393152971, -0.13504998457350295, -0.6700617580920867], [-2.085065693961203, 0.036940256036655295, 0.606988393152971, -0.5512058105987409, 0.8718734028218538, 3.0494959227981244], [-1.8058066122928507, -1.8605910046518759, -0.13504998457350295, 0.8718734028218538, 0.4272859949972222, 0.8640249272244105], [2.5642133274150596, -0.5653077760798344, -0.6700617580920867, 3.0494959227981244, 0.8640249272244105, 1.3261267447525233]];
  near(L.eigvalsh(S).tolist(), [-4.938517980630616, -1.7533588108597524, -0.9704049030847794, 1.5180254264880773, 3.825782790833066, 4.409846373567329], "eigvalsh");
  const [w, v] = L.eigh(S);
  near(w.tolist(), [-4.938517980630616, -1.7533588108597524, -0.9704049030847794, 1.5180254264880773, 3.825782790833066, 4.409846373567329], "eigh values");
  // A v = v diag(w), V^T V = I (each eigenvector's sign is arbitrary, as in LAPACK)
  near((np.subtract(np.matmul(S, v), np.multiply(v, w)) as np.NDArray).tolist(), np.zeros([6, 6]).tolist(), "residual");
  near((np.matmul(v.T, v) as np.NDArray).tolist(), np.eye(6).tolist(), "orthonormal");
  assert.equal(L.eigh(S).eigenvalues.shape.join(), "6");
  assert.deepEqual(L.eigvalsh([[2, 1], [1, 2]]).tolist(), [1, 3]);
  assert.deepEqual(L.eigvalsh([[2, 5], [1, 2]]).tolist(), [1, 3]); // the lower triangle only
  assert.deepEqual(L.eigvalsh([[2, 5], [1, 2]], "U").tolist(), [-3, 7]);
  assert.equal(L.eigvalsh(np.array([[2, 1], [1, 2]], { dtype: "float32" })).dtype, "float32");
  assert.deepEqual(L.eigvalsh(np.stack([np.eye(3), np.diag([3, 1, 2])])).tolist(), [[1, 1, 1], [1, 2, 3]]);
  assert.throws(() => L.eigvalsh(np.ones([2, 3])), { name: "LinAlgError", message: "Last 2 dimensions of the array must be square" });
});

test("svd, svdvals, matrix_rank, pinv and the SVD matrix norms (NumPy 2.4.6)", () => {
  const A = np.array([[0.18905338179353307, -0.5227484414807474, -0.41306354339189344], [-2.4414673826398556, 1.799707382720902, 1.1441658720372287], [-0.32542283686782436, 0.7738065867276614, 0.28121066979764925], [-0.5538228364240524, 0.9775674511260357, -0.31055654665915255], [-0.3288239040579627, -0.7921467553588982, 0.45495807124085547]]);
  near(L.svdvals(A).tolist(), [3.502066531500669, 1.240757319485063, 0.5193003802150967], "svdvals");
  for (const full of [true, false]) {
    const [U, S, Vh] = L.svd(A, full) as [np.NDArray, np.NDArray, np.NDArray];
    assert.deepEqual([U.shape, S.shape, Vh.shape], [full ? [5, 5] : [5, 3], [3], [3, 3]]);
    const rebuilt = np.matmul(np.multiply(U.get(":", ":3") as np.NDArray, S), Vh) as np.NDArray;
    near(rebuilt.tolist(), A.tolist(), "U S Vh");
    near((np.matmul(U.T, U) as np.NDArray).tolist(), np.eye(U.shape[1]!).tolist(), "U orthonormal");
  }
  const wide = L.svd(A.T) as [np.NDArray, np.NDArray, np.NDArray] & { Vh: np.NDArray };
  assert.deepEqual([wide[0].shape, wide.Vh.shape], [[3, 3], [5, 5]]);
  near((np.matmul(wide.Vh, wide.Vh.T) as np.NDArray).tolist(), np.eye(5).tolist(), "completed Vh");
  const [Ur, Sr] = L.svd([[1, 2], [2, 4]]) as [np.NDArray, np.NDArray, np.NDArray];
  near(Sr.tolist(), [5, 0], "rank 1");
  near((np.matmul(Ur.T, Ur) as np.NDArray).tolist(), np.eye(2).tolist(), "U completed past a zero singular value");
  near([L.norm([[1, 2], [3, 4]], 2), L.norm([[1, 2], [3, 4]], -2), L.norm([[1, 2], [3, 4]], "nuc")], [5.464985704219043, 0.36596619062625746, 5.8309518948453]);
  assert.deepEqual([L.matrix_rank([[1, 2], [2, 4]]), L.matrix_rank(np.eye(3)), L.matrix_rank([1, 0])], [1, 3, 1]);
  near(L.pinv([[1, 2], [3, 4]]).tolist(), [[-2.0000000000000018, 1.0000000000000007], [1.5000000000000018, -0.5000000000000007]], "pinv");
  near(L.pinv([[1, 2], [2, 4]]).tolist(), [[0.039999999999999994, 0.07999999999999999], [0.07999999999999999, 0.15999999999999998]], "pinv rank 1");
});

test("cholesky, qr and lstsq (NumPy 2.4.6's values, LAPACK's sign convention for R)", () => {
  assert.deepEqual(L.cholesky([[4, 2], [2, 3]]).tolist(), [[2, 0], [1, 1.4142135623730951]]);
  assert.deepEqual(L.cholesky([[4, 2], [2, 3]], { upper: true }).tolist(), [[2, 1], [0, 1.4142135623730951]]);
  assert.deepEqual(L.cholesky([[4, 9], [2, 3]]).tolist(), [[2, 0], [1, 1.4142135623730951]]); // the lower triangle only
  assert.throws(() => L.cholesky([[1, 2], [2, 1]]), { name: "LinAlgError", message: "Matrix is not positive definite" });
  const [q, r] = L.qr([[3, 0], [4, 5]]) as [np.NDArray, np.NDArray];
  near(q.tolist(), [[-0.6000000000000001, -0.8], [-0.8, 0.6]], "Q");
  near(r.tolist(), [[-5, -4], [0, 3]], "R");
  const A = np.add(np.arange(12, { dtype: "float64" }).reshape(4, 3), np.eye(4, 3)) as np.NDArray;
  const [Q, R] = L.qr(A) as [np.NDArray, np.NDArray];
  near(R.tolist(), [[-11.269427669584644, -13.132876339358486, -15.085060660073935], [0, -1.589829882445952, -1.1886578560343586], [0, 0, -1.4240917748437316]], "R 4x3");
  near((np.matmul(Q, R) as np.NDArray).tolist(), A.tolist(), "Q R");
  const full = L.qr(A, "complete") as [np.NDArray, np.NDArray];
  assert.deepEqual([full[0].shape, full[1].shape, (L.qr(A, "r") as np.NDArray).shape], [[4, 4], [4, 3], [3, 3]]);
  near((np.matmul(full[0].T, full[0]) as np.NDArray).tolist(), np.eye(4).tolist(), "complete Q orthonormal");
  const [x, res, rank, s] = L.lstsq([[0, 1], [1, 1], [2, 1], [3, 1]], [-1, 0.2, 0.9, 2.1]);
  near(x.tolist(), [0.9999999999999999, -0.9499999999999997], "lstsq x");
  near(res.tolist(), [0.049999999999999864], "residuals");
  assert.equal(rank, 2);
  near(s.tolist(), [4.10003044816824, 1.0907567666961073], "s");
  const [x2, res2, rank2] = L.lstsq([[1, 1], [1, 1], [2, 2]], [[1, 2], [3, 4], [5, 6]]);
  near(x2.tolist(), [[1.1666666666666663, 1.4999999999999998], [1.166666666666667, 1.5000000000000004]], "rank-deficient: minimum norm");
  assert.deepEqual([res2.shape, rank2], [[0], 1]);
});

test("eigvals of general matrices: complex pairs (positive imaginary part first), real when all are real (NumPy 2.4.6)", () => {
  const M = [[-0.8019314252534474, -1.324358995628145, -0.24836162209524854, 0.4204452380655215, 1.1360465324896427, 0.10970639932180819], [-0.5526473205362324, -0.7847803553442784, 0.7487457707345911, 1.6347830429585775, 0.27276877584472176, -1.2333286640307717], [-0.9582652054360887, 1.6000190889991115, 0.2028824405086084, -1.7321348424395848, -0.08369619281702581, -1.1632259734447485], [-0.6292880940615545, -0.48800582327685743, -0.7133133716322436, 0.5533784703532895, -0.06308597192528916, -0.5894312580326048], [0.40963782655711695, 0.8298553070613239, -1.643023371405677, -0.256730126365494, -0.9807473560440125, -0.17315522486203205], [-1.2894187467538587, 0.0206903940375912, -0.03788574104406823, -0.304337750958489, -1.0479265051202462, -0.3961903304730927]];
  const w = (L.eigvals(M).tolist() as { re: number; im: number }[]).map((z) => [z.re, z.im]);
  near(w, [[-2.1592061127392013, 0.8456170202446537], [-2.1592061127392013, -0.8456170202446537], [1.301580614967976, 0.9563693497786587], [1.301580614967976, -0.9563693497786587], [-0.24606878035523966, 0.007485099556218495], [-0.24606878035523966, -0.007485099556218495]], "eigvals");
  assert.deepEqual(L.eigvals([[0, -1], [1, 0]]).tolist(), [{ re: 0, im: 1 }, { re: 0, im: -1 }]);
  const real = L.eigvals([[2, 0], [0, 3]]);
  assert.deepEqual([real.dtype, real.tolist()], ["float64", [2, 3]]);
  near(L.eigvals([[1, 2], [3, 4]]).tolist(), [-0.3722813232690143, 5.372281323269014], "2x2");
  assert.throws(() => L.eigvals(np.ones([2, 3])), { name: "LinAlgError", message: "Last 2 dimensions of the array must be square" });
});

test("large matrices: inv, solve and cholesky of 600 x 600 (no list of 360,000 numbers spread into a call)", () => {
  const I = np.eye(600);
  assert.deepEqual(L.inv(I).shape, [600, 600]);
  assert.equal(L.inv(np.multiply(2, I)).item(599, 599), 0.5);
  assert.deepEqual(L.solve(I, np.ones([600, 600])).shape, [600, 600]);
  assert.equal(L.cholesky(np.multiply(4, I)).item(0, 0), 2);
});

test("det overflow is NumPy's 'overflow encountered in det' (NumPy 2.4: det of a 500 x 500 normal matrix is -inf)", () => {
  const B = np.random.default_rng(0).standard_normal([500, 500]) as np.NDArray;
  assert.throws(() => np.errstate({ over: "raise" }, () => L.det(B)), { name: "FloatingPointError", message: "overflow encountered in det" });
  assert.equal(np.errstate({ over: "ignore" }, () => L.det(B)), -Infinity);
});

test("qr, svd and lstsq of a tall 120 x 13 matrix (Householder kernels, GEMM for U) match NumPy 2.4.6", () => {
  const A = np.fromfunction((i: NDArray, j: NDArray) => np.sin(i.multiply(j.add(1)).multiply(0.37).add(j.multiply(1.3))), [120, 13]) as NDArray;
  const [Q, R] = L.qr(A) as [NDArray, NDArray];
  near((np.diagonal(R) as NDArray).tolist(), [-7.709716968422194, -7.777920202561683, 7.725503739896178, -7.749548037720019, -7.754803601147431, 7.727547127326771, 7.756449415089527, 7.7799192519539115, 6.898405598656529, -6.753837384606602, 6.817414214839963, -6.7827190012151055, 6.797919981808039], "diag R");
  near((R.get(0) as NDArray).tolist(), [-7.709716968422194, -0.0035852192123811966, -0.00028321769067740643, 0.0038459405021666893, 0.0012953281120262616, -0.0041519064370370284, -0.0027161684662974084, 0.004485334343070302, 0.005026230753129801, -0.004720306416341469, -0.00954176282468605, 0.004170991053462969, 0.021506626577757093], "R[0]");
  near((Q.get(":2", ":4") as NDArray).tolist(), [[0.0, -0.12388378388091999, 0.06573016076510568, 0.08672387700857837], [-0.0469038530786646, -0.11465282069421133, -0.07060155849546644, 0.100172590076009]], "Q[:2, :4]");
  assert.ok((np.amax(np.abs((np.matmul(Q, R) as NDArray).subtract(A))) as number) < 1e-13, "Q R = A");
  const [Qc] = L.qr(A, "complete") as [NDArray, NDArray];
  assert.deepEqual(Qc.shape, [120, 120]);
  assert.ok((np.amax(np.abs((np.matmul(Qc.T, Qc) as NDArray).subtract(np.eye(120)))) as number) < 1e-13, "complete Q orthogonal");
  const [U, s, Vh] = L.svd(A, { full_matrices: false }) as [NDArray, NDArray, NDArray];
  near(s.tolist(), [9.570242924855439, 9.441660423631257, 9.441646972599777, 9.397760067901693, 9.28610794216349, 7.786044803896624, 7.711586118375038, 7.709444772459975, 5.73008899066731, 5.713762106929473, 5.665273372075783, 5.455294914763158, 5.452190026519318], "s");
  assert.ok((np.amax(np.abs((np.matmul(U.multiply(s), Vh) as NDArray).subtract(A))) as number) < 1e-13, "U diag(s) Vh = A");
  const x = L.lstsq(A, np.arange(120, { dtype: "float64" }))[0];
  near((x.get(":5") as NDArray).tolist(), [-5.300006355600994, 0.4321683986742255, 1.867587113692884, -1.0223345329546039, -1.434490191823271], "lstsq x");
});

test("eigh and eigvalsh of larger matrices (tridiagonal QL route) match NumPy 2.4.6", () => {
  const S = np.fromfunction((i: NDArray, j: NDArray) => np.add(np.sin(i.add(j).multiply(0.3)), np.cos(i.multiply(j).multiply(0.7))), [60, 60]) as NDArray;
  const want = [-28.965928405037072, -10.683950338763868, -9.665203868173371, 9.66524728137468, 11.215571214380113, 31.272781809488116];
  const w = L.eigvalsh(S);
  near([...(w.get(":3") as NDArray).tolist() as number[], ...(w.get("-3:") as NDArray).tolist() as number[]], want, "eigvalsh");
  const [w2, V] = L.eigh(S) as [NDArray, NDArray];
  near(w2.tolist(), w.tolist(), "eigh values = eigvalsh");
  const scale = 32;
  assert.ok((np.amax(np.abs((np.matmul(S, V) as NDArray).subtract(V.multiply(w2)))) as number) < 1e-12 * scale, "S V = V diag(w)");
  assert.ok((np.amax(np.abs((np.matmul(V.T, V) as NDArray).subtract(np.eye(60)))) as number) < 1e-13, "V orthonormal");
  // repeated eigenvalues (a 40 x 40 projection: 1 ten times, 0 thirty times) and UPLO='U'
  const Q = (L.qr(np.fromfunction((i: NDArray, j: NDArray) => np.sin(i.multiply(j.add(1)).multiply(0.37)), [40, 10]) as NDArray) as [NDArray, NDArray])[0];
  const P = np.matmul(Q, Q.T) as NDArray;
  const [pw, PV] = L.eigh(np.triu(P), "U") as [NDArray, NDArray];
  near((pw.tolist() as number[]).map((x) => Math.round(x)), [...Array(30).fill(0), ...Array(10).fill(1)], "projection eigenvalues");
  assert.ok((np.amax(np.abs((np.matmul(PV.T, PV) as NDArray).subtract(np.eye(40)))) as number) < 1e-13, "orthonormal for repeated eigenvalues");
  assert.equal(L.eigvalsh(S.astype("float32")).dtype, "float32");
});
