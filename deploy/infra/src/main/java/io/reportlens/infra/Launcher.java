package io.reportlens.infra;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one piece of infrastructure as its own process until it is told to stop (SIGTERM/Ctrl-C):
 * <pre>
 *   Launcher kafka PORT CONTROLLER_PORT DATA_DIR
 *   Launcher mongo PORT DATA_DIR
 * </pre>
 * Prints one line starting with {@code READY} once it accepts connections; exits 3 when a port is taken.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        AutoCloseable running;
        String address;
        try {
            switch (args.length > 0 ? args[0] : "") {
                case "kafka" -> {
                    KafkaBroker broker = new KafkaBroker(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Path.of(args[3])).start();
                    running = broker;
                    address = broker.bootstrapServers();
                }
                case "mongo" -> {
                    EmbeddedMongo mongo = new EmbeddedMongo(Integer.parseInt(args[1]), Path.of(args[2])).start();
                    running = mongo;
                    address = mongo.connectionString();
                }
                default -> {
                    System.err.println("usage: Launcher kafka PORT CONTROLLER_PORT DATA_DIR | mongo PORT DATA_DIR");
                    System.exit(2);
                    return;
                }
            }
        } catch (Ports.PortInUseException e) {
            System.err.println(e.getMessage());
            System.exit(3);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("stopping " + args[0] + ": " + e);
            }
            stopped.countDown();
        }));
        System.out.println("READY " + args[0] + " " + address);
        stopped.await();
    }
}
