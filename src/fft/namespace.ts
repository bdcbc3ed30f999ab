/**
 * The np.fft namespace, as NumPy 2's numpy.fft: the 1-D, 2-D and N-D complex, real and Hermitian
 * transforms (mixed-radix and Bluestein FFTs in float64, single precision kept for float32 and
 * complex64 input) and the frequency and shift helpers.
 * @example np.fft.fft([1, 0, 0, 0]).real.tolist() // [1, 1, 1, 1]
 */
import { fft, hfft, ifft, ihfft, irfft, rfft } from "./basic.js";
import { fftfreq, fftshift, ifftshift, rfftfreq } from "./helper.js";
import { fft2, fftn, ifft2, ifftn, irfft2, irfftn, rfft2, rfftn } from "./nd.js";

export const fft_ = { fft, ifft, rfft, irfft, hfft, ihfft, fft2, ifft2, fftn, ifftn, rfft2, irfft2, rfftn, irfftn, fftfreq, rfftfreq, fftshift, ifftshift } as const;
export { fft_ as fft };
