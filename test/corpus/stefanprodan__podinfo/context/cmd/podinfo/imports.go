// Import list of package main in cmd/podinfo of stefanprodan/podinfo (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "fmt"
	_ "github.com/spf13/pflag"
	_ "github.com/spf13/viper"
	_ "github.com/stefanprodan/podinfo/pkg/api/grpc"
	_ "github.com/stefanprodan/podinfo/pkg/api/http"
	_ "github.com/stefanprodan/podinfo/pkg/signals"
	_ "github.com/stefanprodan/podinfo/pkg/version"
	_ "go.opentelemetry.io/contrib/bridges/otelzap"
	_ "go.opentelemetry.io/otel/exporters/otlp/otlplog/otlploggrpc"
	_ "go.opentelemetry.io/otel/sdk/log"
	_ "go.opentelemetry.io/otel/sdk/resource"
	_ "go.opentelemetry.io/otel/semconv/v1.7.0"
	_ "go.uber.org/zap"
	_ "go.uber.org/zap/zapcore"
	_ "google.golang.org/grpc"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "time"
)
