-- wrk script for bench/run: prints one machine-readable line with requests/s and latency percentiles (ms), and, when
-- WRK_DELAY_MS is set, waits that long before each request on a connection (to run below saturation).
local pause = tonumber(os.getenv("WRK_DELAY_MS") or "0")

function delay()
  return pause
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("LW %d %.1f %.1f %.1f %.1f %d\n", summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
