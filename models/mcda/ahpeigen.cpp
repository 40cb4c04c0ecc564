// SPDX-License-Identifier: GPL-3.0-or-later
// The only translation unit with Eigen::EigenSolver: it takes ~15 s to compile, so nothing else lives here.
#include "ahp.h"

#include <Eigen/Eigenvalues>

#include <cmath>

namespace vb::mcda {

PrincipalEigen principalEigen(const Eigen::Ref<const Eigen::MatrixXd> &A)
{
    PrincipalEigen r;
    const Eigen::Index n = A.rows();
    if (n == 0)
        return r;
    Eigen::EigenSolver<Eigen::MatrixXd> es(A, true);
    if (es.info() == Eigen::Success) {
        // Perron: the eigenvalue of largest real part of a positive matrix is real, simple and dominant.
        Eigen::Index best = 0;
        for (Eigen::Index k = 1; k < n; ++k)
            if (es.eigenvalues()(k).real() > es.eigenvalues()(best).real())
                best = k;
        Eigen::VectorXd v = es.eigenvectors().col(best).real();
        const double s = v.sum();
        if (std::isfinite(s) && s != 0.0) {
            r.value = es.eigenvalues()(best).real();
            r.vector = (v / s).cwiseAbs();
            r.vector /= r.vector.sum();
            return r;
        }
    }
    // Fallback: power iteration (converges for any positive matrix).
    Eigen::VectorXd v = Eigen::VectorXd::Constant(n, 1.0 / static_cast<double>(n));
    double lambda = 0;
    for (int it = 0; it < 10000; ++it) {
        Eigen::VectorXd next = A * v;
        lambda = next.sum();
        next /= lambda;
        const bool done = (next - v).cwiseAbs().maxCoeff() < 1e-15;
        v = next;
        if (done)
            break;
    }
    r.value = lambda;
    r.vector = v;
    return r;
}

} // namespace vb::mcda
