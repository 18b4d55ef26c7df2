/** The planning screens, mounted by the app under /planning; one layout keeps the plan's settings across its pages. */
import type { RouteObject } from 'react-router';
import { LoadScreen } from './LoadScreen';
import { OrdersScreen } from './OrdersScreen';
import { PlanningLayout } from './plan-settings';
import { PlanScreen } from './PlanScreen';
import { ProductsScreen } from './ProductsScreen';
import { ScenariosScreen } from './ScenariosScreen';
import { ShopScreen } from './ShopScreen';
import '../../components/data-table.css';
import './planning.css';

export const planningRoutes: RouteObject[] = [
  {
    element: <PlanningLayout />,
    children: [
      { index: true, element: <PlanScreen /> },
      { path: 'orders', element: <OrdersScreen /> },
      { path: 'load', element: <LoadScreen /> },
      { path: 'scenarios', element: <ScenariosScreen /> },
      { path: 'shop', element: <ShopScreen /> },
      { path: 'products', element: <ProductsScreen /> },
    ],
  },
];
