// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Matrix and vector literals for the engine tests: mat({{1, 2}, {3, 4}}), vec({0.5, 0.5}).

#include <Eigen/Core>

#include <initializer_list>

namespace vb::test {

inline Eigen::MatrixXd mat(std::initializer_list<std::initializer_list<double>> rows)
{
    Eigen::MatrixXd M(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows.begin()->size()));
    Eigen::Index i = 0;
    for (const auto &r : rows) {
        Eigen::Index j = 0;
        for (double x : r)
            M(i, j++) = x;
        ++i;
    }
    return M;
}

inline Eigen::VectorXd vec(std::initializer_list<double> v)
{
    Eigen::VectorXd out(static_cast<Eigen::Index>(v.size()));
    Eigen::Index i = 0;
    for (double x : v)
        out(i++) = x;
    return out;
}

} // namespace vb::test
