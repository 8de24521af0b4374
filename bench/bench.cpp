// SPDX-License-Identifier: MIT
// tccode against what a user would write instead, in one run, printed as ratios to tccode's own
// figures (informational: no target is checked). Benchmarks are named GROUP/CONTENDER; in each
// group "tccode" is the reference.
//   tccode_bench [Google Benchmark options]
#include <tccode/tccode.hpp>

#include <benchmark/benchmark.h>

#include <charconv>
#include <cstddef>
#include <cstdio>
#include <map>
#include <optional>
#include <random>
#include <regex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace {

// ---------------------------------------------------------------------------------------------
// lookup: the public codes, asked for a mix of listed and unlisted codes.

std::vector<int> mixed_codes() {
  std::vector<int> codes;
  codes.reserve(2 * tccode::public_codes.size() + 2);
  for (const tccode::row& r : tccode::public_codes) {
    codes.push_back(r.code);
  }
  const std::size_t listed = codes.size();
  for (std::size_t i = 0; i < listed; ++i) {
    codes.push_back(codes[i] + 1);  // unlisted neighbours: 4001, 4101, ..., 100194
  }
  codes.push_back(0);
  codes.push_back(-1);
  std::vector<int> mix;
  mix.reserve(1024);
  std::mt19937 random(42);  // NOLINT(cert-msc32-c,cert-msc51-cpp): the same mix in every run
  std::uniform_int_distribution<std::size_t> pick(0, codes.size() - 1);
  for (int i = 0; i < 1024; ++i) {
    mix.push_back(codes[pick(random)]);
  }
  return mix;
}

const std::vector<int>& codes_to_look_up() {
  static const std::vector<int> codes = mixed_codes();
  return codes;
}

// What a user keeps instead of tccode's rows: a struct with the text.
struct info {
  int code;
  std::string_view name, type, description, remedy;
};

info info_of(const tccode::row& r) { return {r.code, r.name, r.zh.type, r.zh.description, r.zh.remedy}; }

template <class Lookup>
void run_lookup(benchmark::State& state, Lookup lookup) {
  const std::vector<int>& codes = codes_to_look_up();
  for (auto _ : state) {
    for (const int code : codes) {
      const auto* found = lookup(code);  // a pointer to the code's row or struct, or null
      benchmark::DoNotOptimize(found);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(codes.size()));
}

void lookup_tccode(benchmark::State& state) {
  run_lookup(state, [](int code) { return tccode::lookup(tccode::public_codes, code); });
}

// The practical ideal: a switch written by hand, to a static array of the user's structs.
const info* switch_lookup(int code) {
  static const std::vector<info> infos = [] {
    std::vector<info> v;
    for (const tccode::row& r : tccode::public_codes) {
      v.push_back(info_of(r));
    }
    return v;
  }();
  switch (code) {
    case 4000:
      return &infos[0];
    case 4100:
      return &infos[1];
    case 4200:
      return &infos[2];
    case 4300:
      return &infos[3];
    case 4400:
      return &infos[4];
    case 4500:
      return &infos[5];
    case 4600:
      return &infos[6];
    case 5000:
      return &infos[7];
    case 5100:
      return &infos[8];
    case 5200:
      return &infos[9];
    case 5300:
      return &infos[10];
    case 5400:
      return &infos[11];
    case 5500:
      return &infos[12];
    case 6000:
      return &infos[13];
    case 6100:
      return &infos[14];
    case 6200:
      return &infos[15];
    case 100193:
      return &infos[16];
    default:
      return nullptr;
  }
}

void lookup_switch(benchmark::State& state) { run_lookup(state, switch_lookup); }

template <class Map>
Map filled_map() {
  Map map;
  for (const tccode::row& r : tccode::public_codes) {
    map.emplace(r.code, info_of(r));
  }
  return map;
}

void lookup_unordered_map(benchmark::State& state) {
  const auto map = filled_map<std::unordered_map<int, info>>();
  run_lookup(state, [&map](int code) -> const info* {
    const auto it = map.find(code);
    return it == map.end() ? nullptr : &it->second;
  });
}

void lookup_map(benchmark::State& state) {
  const auto map = filled_map<std::map<int, info>>();
  run_lookup(state, [&map](int code) -> const info* {
    const auto it = map.find(code);
    return it == map.end() ? nullptr : &it->second;
  });
}

void lookup_linear_scan(benchmark::State& state) {
  std::vector<info> entries;
  for (const tccode::row& r : tccode::public_codes) {
    entries.push_back(info_of(r));
  }
  run_lookup(state, [&entries](int code) -> const info* {
    for (const info& e : entries) {
      if (e.code == code) {
        return &e;
      }
    }
    return nullptr;
  });
}

BENCHMARK(lookup_tccode)->Name("lookup/tccode");
BENCHMARK(lookup_switch)->Name("lookup/switch");
BENCHMARK(lookup_unordered_map)->Name("lookup/unordered_map");
BENCHMARK(lookup_map)->Name("lookup/map");
BENCHMARK(lookup_linear_scan)->Name("lookup/linear_scan");

// ---------------------------------------------------------------------------------------------
// parse: the message field, by tccode and by what a user might write.

struct split {
  std::optional<int> code;
  std::string_view description;
};

const std::string& message(const std::string& name) {
  static const std::map<std::string, std::string> messages = {
      {"document", "(100004)projectId\xe4\xb8\x8d\xe6\xad\xa3\xe7\xa1\xae"},
      {"english", "(100004) incorrect projectId"},
      {"no_prefix", "projectId\xe4\xb8\x8d\xe6\xad\xa3\xe7\xa1\xae"},
      {"10kb", "(100004)" + std::string(std::size_t{10} * 1024, 'x')},
  };
  return messages.at(name);
}

template <class Parse>
void run_parse(benchmark::State& state, const std::string& name, Parse parse) {
  const std::string& text = message(name);
  for (auto _ : state) {
    std::string_view input = text;
    benchmark::DoNotOptimize(input);  // the compiler may not hoist the parse out of the loop
    auto result = parse(input);       // each parser's own result, as its user gets it
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

// tccode's own result, as a user reads it. (Copied member by member into `split`, the optional
// that g++ has just written as an int and a bool is read back as one 8-byte word: a stalled
// store-to-load forwarding that costs more than the parse itself.)
tccode::parsed_message parse_tccode(std::string_view s) { return tccode::parse_message(s); }

// The floor: no parsing at all, only the loop, the call and the result. No parser can be faster;
// regex's time over this one is the highest ratio any parser can reach in this harness.
split parse_nothing(std::string_view s) { return {std::nullopt, s}; }

// ^\((-?\d+)\)(.*)$, as a user of <regex> writes it.
split parse_regex(std::string_view s) {
  static const std::regex pattern(R"(^\((-?\d+)\)(.*)$)");
  std::cmatch match;
  if (std::regex_match(s.data(), s.data() + s.size(), match, pattern)) {
    return {std::stoi(match[1].str()), std::string_view(match[2].first, static_cast<std::size_t>(match[2].length()))};
  }
  return {std::nullopt, s};
}

// sscanf("(%d)%n"): needs a NUL-terminated string, which the benchmark's strings are.
split parse_sscanf(std::string_view s) {
  int code = 0;
  int used = 0;
  if (std::sscanf(s.data(), "(%d)%n", &code, &used) == 1 && used > 0) {  // NOLINT(cert-err34-c)
    return {code, s.substr(static_cast<std::size_t>(used))};
  }
  return {std::nullopt, s};
}

// A hand parser on std::from_chars.
split parse_from_chars(std::string_view s) {
  if (!s.empty() && s.front() == '(') {
    int code = 0;
    const auto [end, error] = std::from_chars(s.data() + 1, s.data() + s.size(), code);
    if (error == std::errc() && end != s.data() + s.size() && *end == ')') {
      return {code, s.substr(static_cast<std::size_t>(end - s.data()) + 1)};
    }
  }
  return {std::nullopt, s};
}

void register_parse_benchmarks() {
  for (const char* name : {"document", "english", "no_prefix", "10kb"}) {
    const std::string group = std::string("parse_") + name + "/";
    benchmark::RegisterBenchmark((group + "tccode").c_str(),
                                 [name](benchmark::State& s) { run_parse(s, name, parse_tccode); });
    benchmark::RegisterBenchmark((group + "regex").c_str(),
                                 [name](benchmark::State& s) { run_parse(s, name, parse_regex); });
    benchmark::RegisterBenchmark((group + "sscanf").c_str(),
                                 [name](benchmark::State& s) { run_parse(s, name, parse_sscanf); });
    benchmark::RegisterBenchmark((group + "from_chars").c_str(),
                                 [name](benchmark::State& s) { run_parse(s, name, parse_from_chars); });
    benchmark::RegisterBenchmark((group + "nothing").c_str(),
                                 [name](benchmark::State& s) { run_parse(s, name, parse_nothing); });
  }
}

// ---------------------------------------------------------------------------------------------
// explain, end to end.

void explain_tccode(benchmark::State& state) {
  const std::string text =
      "(1036)\xe9\xa1\xb9\xe7\x9b\xae\xe5\x90\x8d\xe7\xa7\xb0\xe5\xb7\xb2\xe7\xbb\x8f\xe5\xad\x98\xe5\x9c\xa8";
  for (auto _ : state) {
    std::string_view input = text;
    int code = 5100;
    benchmark::DoNotOptimize(input);
    benchmark::DoNotOptimize(code);
    tccode::explanation e = tccode::explain(code, input, tccode::project_crud);
    benchmark::DoNotOptimize(e);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(explain_tccode)->Name("explain/tccode");

// ---------------------------------------------------------------------------------------------
// The report: Google Benchmark's table, then each contender's time as a multiple of tccode's.

class ratio_reporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      // With repetitions, the median; without, the one run.
      const bool wanted = run.repetitions > 1 ? run.run_type == Run::RT_Aggregate && run.aggregate_name == "median"
                                              : run.run_type == Run::RT_Iteration;
      if (wanted && !run.error_occurred) {
        std::string name = run.run_name.function_name;
        times_[name] = run.GetAdjustedCPUTime();
      }
    }
  }

  void Finalize() override {
    ConsoleReporter::Finalize();
    std::printf("\nTime per item as a multiple of tccode's (above 1: tccode is faster)\n");
    std::string group;
    for (const auto& [name, time] : times_) {
      const std::string this_group = name.substr(0, name.find('/'));
      if (this_group != group) {
        group = this_group;
        std::printf("  %s\n", group.c_str());
      }
      const double reference = time_of(group + "/tccode");
      std::printf("    %-28s %8.2fx\n", name.substr(name.find('/') + 1).c_str(),
                  reference > 0 ? time / reference : 0.0);
    }
    std::printf(
        "\nThese figures are informational: no target is checked (time on a shared machine moves by 5 to 25%%).\n");
  }

 private:
  [[nodiscard]] double time_of(const std::string& name) const {
    const auto it = times_.find(name);
    return it == times_.end() ? 0.0 : it->second;
  }

  std::map<std::string, double> times_;
};

}  // namespace

int main(int argc, char** argv) {
  register_parse_benchmarks();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
    return 1;
  }
  ratio_reporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
