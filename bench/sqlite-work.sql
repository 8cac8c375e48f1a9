CREATE TABLE t(a INTEGER, b TEXT, c REAL);
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 200000)
INSERT INTO t SELECT x, hex(x * 7919), x / 3.0 FROM n;
CREATE INDEX t_b ON t(b);
SELECT count(*), sum(a), avg(c) FROM t WHERE b LIKE '%A%';
SELECT a % 100, count(*), max(c) FROM t GROUP BY a % 100 ORDER BY 2 DESC LIMIT 5;
SELECT count(*) FROM t t1 JOIN t t2 ON t1.a = t2.a + 1 WHERE t1.a % 10 = 0;
