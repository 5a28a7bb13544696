// --connect: an office the user runs. Issue 18, item 5: a listener that accepts and says nothing
// hung eqplan forever, and Ctrl+C left hidden documents open in the user's office (one per run),
// a lock file, and once a full temporary copy of the plan beside it.
#include "WriteHelpers.hpp"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <netinet/in.h>
#include <pwd.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace
{
using namespace eqplan::test;
using namespace std::chrono_literals;

// Runs a Python script with LibreOffice's own Python UNO; its standard output.
std::string python(const std::string& script)
{
    const fs::path folder = makeTempFolder("eqplan-py-");
    std::ofstream(folder / "script.py") << script;
    const std::string command = "/usr/bin/python3 '" + (folder / "script.py").string() + "' > '" +
                                (folder / "out").string() + "' 2>&1";
    std::system(command.c_str());
    std::string out = readFile(folder / "out");
    fs::remove_all(folder);
    return out;
}

// A headless LibreOffice the test runs as a user's office would, listening on a pipe; stopped and
// removed at the end.
class UsersOffice
{
public:
    UsersOffice() : m_folder(makeTempFolder("eqplan-users-office-"))
    {
        m_pipe = "eqplan-test-users-" + std::to_string(::getpid());
        std::vector<std::string> arguments{
            "/usr/bin/soffice",
            "--headless",
            "--norestore",
            "--nologo",
            "-env:UserInstallation=file://" + (m_folder / "profile").string(),
            "--accept=pipe,name=" + m_pipe + ";urp;"};
        std::vector<char*> argv;
        for (std::string& argument : arguments)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);
        ::posix_spawn(&m_pid, argv[0], nullptr, &attributes, argv.data(), environ);
        posix_spawnattr_destroy(&attributes);
        for (auto waited = 0ms; waited < 60s && documents() != "0"; waited += 500ms)
            std::this_thread::sleep_for(500ms);
    }
    ~UsersOffice()
    {
        if (m_pid > 0)
        {
            ::kill(-m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        fs::remove_all(m_folder);
        std::error_code ec;
        fs::remove("/tmp/OSL_PIPE_" + std::to_string(::getuid()) + "_" + m_pipe, ec);
    }

    std::string connection() const { return "pipe,name=" + m_pipe; }

    // How many documents are open in it, as Python UNO counts them ("" when it does not answer).
    std::string documents() const
    {
        std::string out = python(
            "import uno\n"
            "local = uno.getComponentContext()\n"
            "resolver = local.ServiceManager.createInstanceWithContext("
            "'com.sun.star.bridge.UnoUrlResolver', local)\n"
            "try:\n"
            "    ctx = resolver.resolve('uno:" +
            connection() +
            ";urp;StarOffice.ComponentContext')\n"
            "except Exception:\n"
            "    raise SystemExit(0)\n"
            "desktop = ctx.ServiceManager.createInstanceWithContext("
            "'com.sun.star.frame.Desktop', ctx)\n"
            "e = desktop.Components.createEnumeration()\n"
            "n = 0\n"
            "while e.hasMoreElements():\n"
            "    e.nextElement()\n"
            "    n += 1\n"
            "print(n, end='')\n");
        return out;
    }

private:
    fs::path m_folder;
    std::string m_pipe;
    pid_t m_pid = -1;
};

TEST(Connect, SilentListenerIsAClearErrorWithinSeconds)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    socklen_t length = sizeof address;
    ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
    ASSERT_EQ(::listen(listener, 4), 0);
    const std::string connection =
        "socket,host=127.0.0.1,port=" + std::to_string(ntohs(address.sin_port));
    // Accepts, and says nothing.
    const fs::path file = copyOf("seed-action-plan-2018-2021.docx");
    const auto started = std::chrono::steady_clock::now();
    const CliRun result = runCli({"inspect", "--connect", connection, file.string()});
    const auto took = std::chrono::steady_clock::now() - started;
    expectClean(result, "inspect --connect to a silent listener");
    EXPECT_EQ(result.exitCode, 5);
    EXPECT_EQ(result.err, "eqplan inspect: LibreOffice at \"" + connection +
                              "\" accepted the connection but did not answer within 10 seconds: "
                              "is it a LibreOffice started with --accept=\"" +
                              connection + ";urp;\"? Nothing was changed.\n");
    EXPECT_LT(took, 20s);
    ::close(listener);
    fs::remove_all(file.parent_path());
}

TEST(Connect, EveryPathClosesWhatEqplanOpenedInTheUsersOffice)
{
    UsersOffice office;
    ASSERT_EQ(office.documents(), "0") << "the user's office did not start";
    const fs::path file = copyOf("seed-action-plan-2018-2021.docx");
    const std::string name = file.filename().string();

    const CliRun written = run("update", file,
                               {"--connect", office.connection(), "--objective", "1", "--date",
                                "2026-11", "--item", "Through the user's office"});
    EXPECT_EQ(written.exitCode, 0) << written.err;
    EXPECT_EQ(office.documents(), "0");
    EXPECT_EQ(namesIn(file.parent_path()), Texts{name});

    // Ctrl+C just before the write.
    const std::string before = readFile(file);
    CliOptions options;
    options.environment.push_back("EQPLAN_TEST_SIGNAL_BEFORE_WRITE=" + std::to_string(SIGINT));
    const CliRun interrupted = runCli({"update", file.string(), "--connect", office.connection(),
                                       "--objective", "1", "--date", "2026-11", "--item",
                                       "Interrupted"},
                                      options);
    expectClean(interrupted, "an interrupted update --connect");
    EXPECT_EQ(interrupted.exitCode, 130) << interrupted.err;
    EXPECT_EQ(interrupted.err,
              "eqplan update: interrupted; what eqplan had opened in LibreOffice was "
              "closed and nothing was changed.\n");
    EXPECT_TRUE(readFile(file) == before);
    EXPECT_EQ(namesIn(file.parent_path()), Texts{name});
    // The user's office goes on, with nothing of eqplan's left open in it. A document busy with
    // the interrupted call when it was closed closes as that call returns (close passes the
    // office the ownership), which a loaded machine can let eqplan's exit overtake: a few
    // seconds' grace, then it must be gone.
    std::string left = office.documents();
    for (int tries = 0; left != "0" && tries < 20; ++tries)
    {
        std::this_thread::sleep_for(250ms);
        left = office.documents();
    }
    EXPECT_EQ(left, "0");
    fs::remove_all(file.parent_path());
}
} // namespace

namespace
{
using namespace eqplan::test;

TEST(Connect, PlanOpenInARunningLibreOfficeIsNamedNotDamaged)
{
    UsersOffice office;
    ASSERT_EQ(office.documents(), "0") << "the user's office did not start";
    const fs::path file = copyOf("seed-action-plan-2018-2021.docx");
    // The user opens the plan: their office writes its lock beside it.
    python("import uno\n"
           "from com.sun.star.beans import PropertyValue\n"
           "local = uno.getComponentContext()\n"
           "resolver = local.ServiceManager.createInstanceWithContext("
           "'com.sun.star.bridge.UnoUrlResolver', local)\n"
           "ctx = resolver.resolve('uno:" +
           office.connection() +
           ";urp;StarOffice.ComponentContext')\n"
           "desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', "
           "ctx)\n"
           "hidden = PropertyValue()\n"
           "hidden.Name = 'Hidden'\n"
           "hidden.Value = True\n"
           "desktop.loadComponentFromURL('file://" +
           file.string() + "', '_blank', 0, (hidden,))\n");
    const fs::path lock = file.parent_path() / (".~lock." + file.filename().string() + "#");
    ASSERT_TRUE(fs::exists(lock));
    const std::string entry = readFile(lock);
    // "name,user,host,since,profile;": the name is empty in a fresh profile, then the user is named.
    const std::string since = entry.substr(0, entry.rfind(','));
    const std::string when = since.substr(since.rfind(',') + 1);
    const std::string user = ::getpwuid(::geteuid())->pw_name;
    for (const bool connected : {false, true})
    {
        std::vector<std::string> arguments{"--objective", "1", "--date", "2026-11", "--item",
                                           "While open", "--break-lock"};
        if (connected)
            arguments.insert(arguments.end(), {"--connect", office.connection()});
        const CliRun result = run("update", file, arguments);
        EXPECT_EQ(result.exitCode, 7) << result.err;
        EXPECT_EQ(result.err, "eqplan update: " + file.filename().string() +
                                  " is open in LibreOffice by " + user + " (user " + user +
                                  " on this computer, since " + when +
                                  "); it was not changed. Close it there and try again.\n")
            << (connected ? "--connect" : "private office");
        EXPECT_EQ(readFile(lock), entry);
    }
    fs::remove_all(file.parent_path());
}
} // namespace
