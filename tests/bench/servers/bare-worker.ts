// Bench Worker (issue 19, point 9): a bare Hono Worker answering a small
// JSON, the baseline for the Worker's start-up in workerd.
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.json({ status: 'ok' }));
export default app;
