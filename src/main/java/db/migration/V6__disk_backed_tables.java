package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On HSQLDB, keeps the rows of every table on disk and lets writers work side by side. An HSQLDB file database holds
 * MEMORY tables unless told otherwise: the whole database is read into the heap when it opens and written back when it
 * closes, so memory and start-up time grow with the archive. CACHED tables keep their rows in the {@code .data} file
 * with a bounded cache; MVCC lets the ingest's workers write at the same time (the default, LOCKS, locks whole
 * tables). Databases created by this version are created so (the default URL asks for it); this converts databases
 * created before, and ones opened through a URL of the user's. Nothing to do on other databases.
 */
public class V6__disk_backed_tables extends BaseJavaMigration {

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("hsql")) {
            return;
        }
        List<String> memoryTables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.SYSTEM_TABLES "
                     + "WHERE TABLE_SCHEM = CURRENT_SCHEMA AND HSQLDB_TYPE = 'MEMORY' ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                memoryTables.add(rows.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET DATABASE DEFAULT TABLE TYPE CACHED");
            statement.execute("SET DATABASE TRANSACTION CONTROL MVCC");
            for (String table : memoryTables) {
                // Flyway's own history table is being written by this migration: it stays as it is (a few rows)
                if (!table.equalsIgnoreCase(context.getConfiguration().getTable())) {
                    statement.execute("SET TABLE \"" + table.replace("\"", "\"\"") + "\" TYPE CACHED");
                }
            }
        }
    }
}
