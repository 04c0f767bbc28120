/**
 * Small shared pieces only: the database, Vietnamese text, dates, decisions, PDF printing and the command-line frame.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.dangvu.common;
