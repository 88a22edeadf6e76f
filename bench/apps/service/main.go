// The benchmark service: an HTTP API (chi, Prometheus metrics, OpenTelemetry traces) and a gRPC server
// (health, reflection) in front of Postgres (pgx), configured from YAML, logging with zap.
package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"go.uber.org/zap"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	"example.test/benchservice/internal/config"
	"example.test/benchservice/internal/grpcapi"
	"example.test/benchservice/internal/httpapi"
	"example.test/benchservice/internal/store"
	"example.test/benchservice/internal/telemetry"
)

// The benchmark changes this line between builds.
const banner = "bench service"

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run() error {
	cfg, err := config.Load(os.Getenv("SERVICE_CONFIG"))
	if err != nil {
		return err
	}
	log, err := zap.NewProduction()
	if err != nil {
		return err
	}
	defer func() { _ = log.Sync() }()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	tel, err := telemetry.Setup(ctx, cfg.ServiceName, cfg.Telemetry.OTLPEndpoint)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, cfg.Database.DSN, cfg.Database.MaxConns)
	if err != nil {
		return err
	}
	defer st.Close()

	httpServer := &http.Server{Addr: cfg.HTTP.Addr, Handler: httpapi.New(log, st, tel, banner)}
	grpcServer, health := grpcapi.New(log)
	grpcListener, err := net.Listen("tcp", cfg.GRPC.Addr)
	if err != nil {
		return fmt.Errorf("grpc listener: %w", err)
	}
	errs := make(chan error, 2)
	go func() { errs <- grpcServer.Serve(grpcListener) }()
	go func() {
		if err := httpServer.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
			errs <- err
		}
	}()
	health.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	log.Info("serving", zap.String("http", cfg.HTTP.Addr), zap.String("grpc", cfg.GRPC.Addr), zap.String("banner", banner))

	select {
	case err = <-errs:
	case <-ctx.Done():
	}
	health.Shutdown()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.Shutdown)
	defer cancel()
	grpcServer.GracefulStop()
	return errors.Join(err, httpServer.Shutdown(shutdownCtx), tel.Shutdown(shutdownCtx))
}
