package org.synmap.cluster.hazelcast;

import java.util.UUID;

import com.hazelcast.config.AdvancedNetworkConfig;
import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.QueueConfig;
import com.hazelcast.config.ServerSocketEndpointConfig;

/**
 * Hazelcast configurations of members and submitters, shut as tight as the open-source edition
 * allows:
 * <ul>
 * <li>the member protocol only, on the {@code --bind} address alone (no wildcard bind); no
 * client protocol, REST or memcache endpoint, so Hazelcast clients cannot connect at all;</li>
 * <li>TCP/IP join with the listed members only; multicast and auto-detection off;</li>
 * <li>the cluster name derived from the secret (Hazelcast refuses joiners with another);</li>
 * <li>Java deserialization refused for every class (synmap sends JSON text only);</li>
 * <li>no phone-home, no JMX, no Jet.</li>
 * </ul>
 */
final class HazelcastConfigs {
    /** Attribute a member publishes: how many jobs it runs at once. */
    static final String SLOTS = "synmap.slots";
    /** Attribute: {@code member} or {@code submitter}. */
    static final String ROLE = "synmap.role";
    static final String ROLE_MEMBER = "member";
    static final String ROLE_SUBMITTER = "submitter";
    /** Prefix of every queue synmap uses. */
    static final String QUEUES = "synmap.";
    /** The only class Java deserialization would accept: none exists. */
    private static final String NO_CLASS = "org.synmap.cluster.hazelcast.NoJavaDeserialization";

    private HazelcastConfigs() {
    }

    static Config member(ClusterSettings s) {
        Config c = common(s, ROLE_MEMBER, s.port() == 0 ? ClusterSettings.DEFAULT_PORT : s.port(), false);
        c.getMemberAttributeConfig().setAttribute(SLOTS, Integer.toString(s.threads()));
        return c;
    }

    static Config submitter(ClusterSettings s) {
        Config c = common(s, ROLE_SUBMITTER, s.port() == 0 ? ClusterSettings.DEFAULT_PORT : s.port(), s.port() == 0);
        c.setLiteMember(true); // holds no data: it only submits and collects
        return c;
    }

    private static Config common(ClusterSettings s, String role, int port, boolean autoIncrement) {
        Config c = new Config();
        c.setInstanceName("synmap-" + role + "-" + UUID.randomUUID());
        c.setClusterName(s.secret().clusterName(s.clusterName()));
        c.setClassLoader(HazelcastConfigs.class.getClassLoader());
        c.getMemberAttributeConfig().setAttribute(ROLE, role);

        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.jmx", "false");
        c.setProperty("hazelcast.socket.bind.any", "false");
        c.setProperty("hazelcast.shutdownhook.enabled", "false"); // the member stops itself, then Hazelcast
        c.setProperty("hazelcast.health.monitoring.level", "OFF");
        c.setProperty("hazelcast.logging.type", "jdk");
        // a dead member is noticed within seconds, so that its jobs move on soon
        c.setProperty("hazelcast.heartbeat.interval.seconds", "1");
        c.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
        c.getJetConfig().setEnabled(false);

        AdvancedNetworkConfig network = c.getAdvancedNetworkConfig().setEnabled(true);
        ServerSocketEndpointConfig endpoint = new ServerSocketEndpointConfig();
        endpoint.setPort(port).setPortAutoIncrement(autoIncrement).setPortCount(autoIncrement ? 100 : 1);
        endpoint.getInterfaces().setEnabled(true).addInterface(s.bind());
        network.setMemberEndpointConfig(endpoint);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(s.members()).setConnectionTimeoutSeconds(3);

        c.getSerializationConfig().setJavaSerializationFilterConfig(new JavaSerializationFilterConfig()
                .setDefaultsDisabled(false).setWhitelist(new ClassFilter().addClasses(NO_CLASS)));

        QueueConfig queues = c.getQueueConfig(QUEUES + "*");
        queues.setBackupCount(1).setAsyncBackupCount(0);
        return c;
    }
}
