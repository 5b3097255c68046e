import { Result, Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from '../session/session';

// Every route is lazy, the frame (menu, header) too: the login page loads only what it shows.
const Shell = lazy(() => import('./shell').then((m) => ({ default: m.Shell })));
const HomeRedirect = lazy(() => import('./home-redirect').then((m) => ({ default: m.HomeRedirect })));

const LoginPage = lazy(() => import('../pages/login/login-page'));
const SetupPage = lazy(() => import('../pages/setup/setup-page'));
const PasswordPage = lazy(() => import('../pages/account/password-page'));
const OverviewPage = lazy(() => import('../pages/overview/overview-page'));
const ProjectPage = lazy(() => import('../pages/project/project-page'));
const DepartmentGoalsPage = lazy(() => import('../pages/department/department-goals-page'));
const ImportPage = lazy(() => import('../pages/import/import-page'));
const RevisionsPage = lazy(() => import('../pages/revisions/revisions-page'));
const ReviewPage = lazy(() => import('../pages/review/review-page'));
const UnitsPage = lazy(() => import('../pages/units/units-page'));
const UsersPage = lazy(() => import('../pages/users/users-page'));
const AuditPage = lazy(() => import('../pages/audit/audit-page'));
const SpendingPage = lazy(() => import('../pages/spending/spending-page'));
const PaymentsPage = lazy(() => import('../pages/payments/payments-page'));
const PaymentImportPage = lazy(() => import('../pages/payments/payment-import-page'));
// registers and indicator progress
const RegistersPage = lazy(() => import('../pages/registers/registers-page'));
const IndicatorsPage = lazy(() => import('../pages/indicators/indicators-page'));
// monitoring and the per-role home page
const MonitoringPage = lazy(() => import('../pages/monitoring/monitoring-page'));
const HomePage = lazy(() => import('../pages/home/home-page'));
// self-evaluation
const EvaluationPage = lazy(() => import('../pages/evaluation/evaluation-page'));
const EvaluationPrintPage = lazy(() => import('../pages/evaluation/print-page'));

/** Signed-in users only; a password set by an administrator must be changed first. */
function RequireUser({ children }: { children: ReactNode }) {
  const { user, checking } = useSession();
  const location = useLocation();
  if (checking) return <Spin style={{ display: 'block', marginTop: 120 }} />;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (user.mustChangePassword && location.pathname !== '/account/password') return <Navigate to="/account/password" replace />;
  return <>{children}</>;
}

export function App() {
  return (
    <BrowserRouter>
      <Suspense fallback={<Spin style={{ display: 'block', marginTop: 120 }} />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/setup" element={<SetupPage />} />
          {/* print views: no navigation around them */}
          <Route
            path="/print/u/:unitCode/:year/evaluation"
            element={
              <RequireUser>
                <EvaluationPrintPage />
              </RequireUser>
            }
          />
          <Route
            element={
              <RequireUser>
                <Shell />
              </RequireUser>
            }
          >
            <Route path="/" element={<HomeRedirect />} />
            <Route path="/account/password" element={<PasswordPage />} />
            <Route path="/import" element={<ImportPage />} />
            <Route path="/admin/users" element={<UsersPage />} />
            <Route path="/admin/units" element={<UnitsPage />} />
            <Route path="/admin/audit" element={<AuditPage />} />
            <Route path="/u/:unitCode/:year">
              <Route index element={<Navigate to="home" replace />} />
              <Route path="home" element={<HomePage />} />
              <Route path="overview" element={<OverviewPage />} />
              <Route path="projects" element={<ProjectPage />} />
              <Route path="projects/:code" element={<ProjectPage />} />
              <Route path="department" element={<DepartmentGoalsPage />} />
              <Route path="review" element={<ReviewPage />} />
              <Route path="revisions" element={<RevisionsPage />} />
              <Route path="spending" element={<SpendingPage />} />
              <Route path="payments" element={<PaymentsPage />} />
              <Route path="payments/import" element={<PaymentImportPage />} />
              {/* registers and indicator progress */}
              <Route path="registers" element={<RegistersPage />} />
              <Route path="registers/:kind/:sheet" element={<RegistersPage />} />
              <Route path="indicators" element={<IndicatorsPage />} />
              <Route path="monitoring" element={<MonitoringPage />} />
              <Route path="monitoring/:month" element={<MonitoringPage />} />
              <Route path="evaluation" element={<EvaluationPage />} />
            </Route>
            <Route path="*" element={<Result status="404" title="404" subTitle="页面不存在 / Page not found" />} />
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
