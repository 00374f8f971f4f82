// Baseline for the survey benchmark (bench-survey.ts): the least a submission could cost on this
// machine. A bare Fastify server with one node-postgres pool that inserts the request body as one row
// (autocommit, a prepared statement), nothing else: no validation, no code, no transaction.
// Started as its own process, like the real server:  PORT=… DATABASE_URL=… node --import tsx THIS
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
await pool.query(
  'create table if not exists bench_baseline (id bigserial primary key, payload jsonb not null)',
);
const app = Fastify({ logger: false, bodyLimit: 1024 * 1024 });
app.post('/insert', async (request, reply) => {
  await pool.query({
    name: 'bench_baseline_insert',
    text: 'insert into bench_baseline (payload) values ($1::jsonb)',
    values: [JSON.stringify(request.body)],
  });
  return reply.code(201).send({ ok: true });
});
app.get('/health', async () => ({ ok: true }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
const stop = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
