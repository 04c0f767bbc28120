/**
 * Đảng Vụ, the records and workflow system for party organization-building work; each sub-package is a module.
 */
package vn.dangvu;
