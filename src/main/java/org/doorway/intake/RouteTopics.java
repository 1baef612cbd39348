package org.doorway.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which of the institution's other teams a matter belongs to, from its
 * words: equipment and accounts to the IT service desk, buildings and rooms
 * to Estates, pay and leave to HR, timetables and room bookings to
 * Timetabling. Stateless.
 */
final class RouteTopics {
    private static final Map<Route, Pattern> TOPICS = new LinkedHashMap<>();

    static {
        TOPICS.put(Route.HR, Pattern.compile("\\b(pay|payslip|payroll|salary|wages?|pension|annual leave|holiday "
                + "(days|entitlement|request)|sick (leave|note|pay)|maternity|paternity|parental leave|contract|"
                + "probation|appraisal|expenses claim|overtime|promotion|hr)\\b"));
        TOPICS.put(Route.TIMETABLING, Pattern.compile("\\b(timetabl\\w*|room booking|book (a|the) room|"
                + "double[- ]booked room|clash(es)? (in|on) my timetable|rooming|swap (my|a) (lecture|seminar) "
                + "(slot|room)|move my (lecture|seminar) to (another|a different) (room|day|slot))\\b"));
        TOPICS.put(Route.ESTATES, Pattern.compile("\\b(heating|too (cold|hot)|radiator|air con\\w*|leak\\w*|"
                + "toilets?|cleaning|cleaner|bins?|lights? (are|is|has|keep)|light bulb|broken (chair|desk|window|"
                + "door|blind)s?|blinds|door (lock|won't)|lift|car park|parking|building|furniture|desks? and "
                + "chairs|maintenance|porters?)\\b"));
        TOPICS.put(Route.IT_SERVICE_DESK, Pattern.compile("\\b(laptop|desktop|my pc|work pc|office pc|computer|"
                + "monitor|keyboard|mouse|printer|printing|photocopier|scanner|docking station|dock|charger|"
                + "headset|phone|mobile|wi-?fi|eduroam|network drive|vpn|mfa|authenticator|two[- ]factor|"
                + "password reset|reset my password|forgot my password|locked out of my (account|email|computer)|"
                + "outlook|email account|my inbox|windows update|install (software|an app|a program)|software "
                + "install\\w*|admin rights|projector|lectern pc|hdmi|screen won't|speakers? in)\\b"));
    }

    private RouteTopics() {}

    /** The route for a matter, if its words name one. */
    static Optional<Route> of(String lower) {
        return TOPICS.entrySet().stream().filter(entry -> entry.getValue().matcher(lower).find())
                .map(Map.Entry::getKey).findFirst();
    }

    private static final Pattern BROKEN = Pattern.compile("\\b(dead|won'?t (turn|switch|power) on|not (turning|"
            + "switching|powering) on|(isn'?t|not|stopped) working|broken|jamm\\w*|keeps (crashing|turning off|"
            + "switching off|jamming)|no signal|flickering|cracked|smashed|frozen|blue screen|locked out|"
            + "reset my password|forgot(ten)? my password)\\b");

    /** Equipment that is broken, or an account someone is locked out of, whatever the classifier made of it. */
    static boolean brokenEquipment(String lower) {
        return hardware(lower) && BROKEN.matcher(lower).find();
    }

    /** Pay, buildings or timetables: clear enough to route even when the classifier is unsure. */
    static java.util.Optional<Route> clearlyElsewhere(String lower) {
        return of(lower).filter(route -> route != Route.IT_SERVICE_DESK);
    }

    /** Equipment or accounts: broken hardware goes to the IT service desk, not a learning technologist. */
    static boolean hardware(String lower) {
        return TOPICS.get(Route.IT_SERVICE_DESK).matcher(lower).find();
    }
}
