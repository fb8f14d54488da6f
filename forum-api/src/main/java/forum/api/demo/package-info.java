/**
 * The default run's demo, created through the same commands as any other data and kept across restarts: five
 * municipalities in the three countries (Karlstad, Örebro, Växjö, Herning, Træna) each with a forum, a year of
 * meetings (attendance, minutes approved, decisions, action items) and venues with cases (issues, recommendations,
 * decisions), the Swedish ones members of a national network, the platform operator, and an auditor's grant.
 *
 * <p>History: the domain refuses to schedule a meeting in the past, rightly, so the demo does not write past events
 * around it. It lives the year instead: {@link forum.api.demo.DemoTimeline} orders the year's commands by the time
 * they would have been sent and sends each with the creating thread's clock set back to that time
 * ({@link forum.api.demo.DemoClock}, which wraps the application's clock and Axon's event clock in a demo run only).
 * The offset belongs to that one thread: Axon handles a command on the sender's thread, so the aggregates and the
 * events' timestamps see the past, while every other thread reads the real time. The figures thus fall into the
 * quarters they happened in. The demo is created before the web server accepts connections
 * ({@link forum.api.demo.DemoRun}), so no request meets a half-made demo or writes while the past is being lived.
 */
package forum.api.demo;
