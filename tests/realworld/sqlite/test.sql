-- Output is compared between a kit-built and a gcc-built sqlite3 shell.
.headers on
.mode list
CREATE TABLE person(id INTEGER PRIMARY KEY, name TEXT NOT NULL, born INTEGER, height REAL);
INSERT INTO person(name, born, height) VALUES
  ('Ada', 1815, 1.65), ('Grace', 1906, 1.68), ('Alan', 1912, 1.78),
  ('Edsger', 1930, 1.83), ('Barbara', 1939, 1.70), ('Ken', 1943, 1.75);
SELECT name, born FROM person WHERE born > 1900 ORDER BY born DESC;
SELECT count(*), min(born), max(born), avg(height), sum(born) FROM person;
SELECT substr(name, 1, 3) || '-' || upper(name), length(name), instr(name, 'a') FROM person ORDER BY name;
CREATE INDEX person_born ON person(born);
SELECT printf('%5.2f|%d|%s|%x', height, born, name, born) FROM person ORDER BY height;
WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20)
SELECT group_concat(x * x, ','), sum(x), total(x) / count(x) FROM n;
CREATE TABLE t(a, b);
INSERT INTO t SELECT value % 7, value FROM generate_series(1, 1000);
SELECT a, count(*), sum(b), round(avg(b), 3) FROM t GROUP BY a HAVING count(*) > 100 ORDER BY a;
SELECT typeof(1), typeof(1.5), typeof('x'), typeof(x'00ff'), typeof(NULL), hex(x'00ff'), quote('it''s');
SELECT 7 / 2, 7.0 / 2, 7 % 3, -7 / 2, 1 << 40, abs(-9223372036854775807), 1e308 * 10, round(2.5), round(-2.5);
SELECT json_object('a', 1, 'b', json_array(1, 2, 3)), json_extract('{"x":{"y":[5,6]}}', '$.x.y[1]');
SELECT date('2024-02-28', '+1 day'), strftime('%Y-%m-%d %H:%M', '2021-03-04 05:06:07'), julianday('2000-01-01');
BEGIN; UPDATE person SET height = height + 0.01 WHERE born < 1920; ROLLBACK;
SELECT name, height FROM person WHERE born < 1920 ORDER BY id;
SELECT p1.name, p2.name FROM person p1 JOIN person p2 ON p2.born BETWEEN p1.born + 1 AND p1.born + 10 ORDER BY 1, 2;
SELECT name, rank() OVER (ORDER BY height DESC), lag(name) OVER (ORDER BY born) FROM person ORDER BY name;
SELECT sqrt(2), pow(2, 10), ln(exp(1)), pi();
SELECT zeroblob(4), length(randomblob(16)), like('a%', 'ABC'), glob('a*', 'ABC'), coalesce(NULL, NULL, 'c'), nullif(1, 1);
PRAGMA integrity_check;
