// The parallel build: one reading thread feeds a bounded queue; workers
// analyse articles and merge fragments into per-worker graphs.
#include "kg/build.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "kg/normalize.h"

namespace kg {
namespace {

class ArticleQueue {
 public:
  explicit ArticleQueue(size_t capacity) : capacity_(capacity) {}
  void Push(Article article) {
    std::unique_lock<std::mutex> lock(mutex_);
    not_full_.wait(lock, [&] { return queue_.size() < capacity_; });
    queue_.push_back(std::move(article));
    not_empty_.notify_one();
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    not_empty_.notify_all();
  }
  bool Pop(Article* article) {
    std::unique_lock<std::mutex> lock(mutex_);
    not_empty_.wait(lock, [&] { return closed_ || !queue_.empty(); });
    if (queue_.empty()) return false;
    *article = std::move(queue_.front());
    queue_.pop_front();
    not_full_.notify_one();
    return true;
  }

 private:
  size_t capacity_;
  std::mutex mutex_;
  std::condition_variable not_empty_, not_full_;
  std::deque<Article> queue_;
  bool closed_ = false;
};

struct WorkerResult {
  explicit WorkerResult(const Ontology& ontology) : graph(ontology) {}
  KnowledgeGraph graph;
  uint64_t articles = 0, sentences = 0;
  std::vector<DroppedLine> furniture;
};

}  // namespace

KnowledgeGraph BuildGraph(const std::vector<std::string>& inputs, const Resources& resources,
                          const BuildOptions& options, BuildReport* report) {
  auto started = std::chrono::steady_clock::now();
  int threads = options.threads > 0
                    ? options.threads
                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  ArticleQueue queue(static_cast<size_t>(threads) * 4);
  std::vector<WorkerResult> results;
  results.reserve(threads);
  for (int i = 0; i < threads; ++i) results.emplace_back(resources.ontology);

  std::vector<std::thread> workers;
  for (int i = 0; i < threads; ++i) {
    workers.emplace_back([&, i] {
      WorkerResult& result = results[i];
      Article article;
      while (queue.Pop(&article)) {
        ArticleAnalysis analysis = AnalyseArticle(article, resources);
        result.graph.Merge(analysis.fragment);
        ++result.articles;
        result.sentences += analysis.document.sentences.size();
        if (options.report_furniture) {
          for (const Line& line : analysis.document.layout.lines) {
            if (line.furniture.empty()) continue;
            result.furniture.push_back({article.id, line.start, line.end,
                                        analysis.document.SurfaceUtf8(line.start, line.end),
                                        line.furniture});
          }
        }
      }
    });
  }

  ArticleReader reader(inputs);
  Article article;
  BuildProgress progress;
  while (reader.Next(&article)) {
    queue.Push(std::move(article));
    ++progress.articles;
    progress.bytes = reader.bytes_read();
    if (options.progress && progress.articles % 64 == 0) options.progress(progress);
  }
  queue.Close();
  for (std::thread& t : workers) t.join();
  if (options.progress) {
    progress.bytes = reader.bytes_read();
    options.progress(progress);
  }

  KnowledgeGraph graph(resources.ontology);
  BuildReport local;
  for (WorkerResult& r : results) {
    graph.Merge(r.graph);
    local.articles += r.articles;
    local.sentences += r.sentences;
    local.furniture.insert(local.furniture.end(), r.furniture.begin(), r.furniture.end());
  }
  graph.Canonicalize();
  std::sort(local.furniture.begin(), local.furniture.end(),
            [](const DroppedLine& a, const DroppedLine& b) {
              return std::tie(a.article, a.start) < std::tie(b.article, b.start);
            });
  local.bytes = reader.bytes_read();
  local.problems = reader.problems();
  local.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (report) *report = std::move(local);
  return graph;
}

}  // namespace kg
