// Package httpapi is the service's HTTP interface.
package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.uber.org/zap"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/types/known/structpb"

	"example.test/benchservice/internal/store"
	"example.test/benchservice/internal/telemetry"
)

// Items is what the HTTP interface reads.
type Items interface {
	Ping(ctx context.Context) error
	Items(ctx context.Context) ([]store.Item, error)
	Item(ctx context.Context, id int64) (store.Item, error)
}

// New returns the service's router.
func New(log *zap.Logger, items Items, tel *telemetry.Telemetry, banner string) http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.RequestID, middleware.RealIP, middleware.Recoverer, middleware.Timeout(10*time.Second))
	r.Use(metrics(tel))
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	r.Get("/readyz", func(w http.ResponseWriter, r *http.Request) {
		if err := items.Ping(r.Context()); err != nil {
			log.Warn("not ready", zap.Error(err))
			http.Error(w, "database unreachable", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	r.Handle("/metrics", promhttp.HandlerFor(tel.Registry, promhttp.HandlerOpts{}))
	r.Route("/v1", func(r chi.Router) {
		r.Get("/info", info(banner))
		r.Get("/items", func(w http.ResponseWriter, r *http.Request) {
			list, err := items.Items(r.Context())
			if err != nil {
				log.Error("listing items", zap.Error(err))
				http.Error(w, "internal error", http.StatusInternalServerError)
				return
			}
			writeJSON(w, list)
		})
		r.Get("/items/{id}", func(w http.ResponseWriter, r *http.Request) {
			id, err := strconv.ParseInt(chi.URLParam(r, "id"), 10, 64)
			if err != nil {
				http.Error(w, "id: expected an integer", http.StatusBadRequest)
				return
			}
			it, err := items.Item(r.Context(), id)
			if errors.Is(err, store.ErrNotFound) {
				http.NotFound(w, r)
				return
			}
			if err != nil {
				log.Error("reading an item", zap.Int64("id", id), zap.Error(err))
				http.Error(w, "internal error", http.StatusInternalServerError)
				return
			}
			writeJSON(w, it)
		})
	})
	return otelhttp.NewHandler(r, "http")
}

func info(banner string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		s, err := structpb.NewStruct(map[string]any{"banner": banner, "apis": []any{"http", "grpc"}})
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		body, err := protojson.Marshal(s)
		if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func metrics(tel *telemetry.Telemetry) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			started := time.Now()
			ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
			next.ServeHTTP(ww, r)
			route := chi.RouteContext(r.Context()).RoutePattern()
			if route == "" {
				route = "unmatched"
			}
			tel.Requests.WithLabelValues(route, strconv.Itoa(ww.Status())).Inc()
			tel.Duration.WithLabelValues(route).Observe(time.Since(started).Seconds())
		})
	}
}
