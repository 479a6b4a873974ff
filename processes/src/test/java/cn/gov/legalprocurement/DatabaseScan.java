package cn.gov.legalprocurement;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads every row of every table of the portal's database (its own tables, the engine's variables,
 * history and byte arrays, the document store) as someone with a copy of the database would, and
 * reports where a text occurs, in text or binary columns alike.
 */
final class DatabaseScan {

    private final DataSource dataSource;

    DatabaseScan(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Each place ("table.column") where one of the needles occurs. */
    List<String> find(List<String> needles) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet t = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[]{"TABLE"})) {
                while (t.next()) {
                    tables.add(t.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select * from " + quote(meta, table))) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String text = text(rows.getObject(i));
                            if (text == null) {
                                continue;
                            }
                            for (String needle : needles) {
                                if (text.contains(needle)) {
                                    found.add(table + "." + rows.getMetaData().getColumnName(i) + " contains " + needle);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String quote(DatabaseMetaData meta, String table) throws SQLException {
        String q = meta.getIdentifierQuoteString();
        return q + table + q;
    }

    private static String text(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8) + new String(bytes, StandardCharsets.UTF_16BE);
        }
        if (value instanceof Blob blob) {
            return text(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value.toString();
    }
}
