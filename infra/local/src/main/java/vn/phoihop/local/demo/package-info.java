/**
 * The demo data of the local stack: a deterministic replay of the 2010–2015 term ({@link DemoTerm}) and the
 * seeder that drives it through both boards' REST APIs ({@link DemoSeeder}).
 */
package vn.phoihop.local.demo;
