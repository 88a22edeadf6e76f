// Import list of package signals in pkg/signals of stefanprodan/podinfo (the import blocks of its non-test files; no code kept)
package signals

import (
	_ "context"
	_ "github.com/gomodule/redigo/redis"
	_ "github.com/spf13/viper"
	_ "go.opentelemetry.io/otel/sdk/log"
	_ "go.opentelemetry.io/otel/sdk/trace"
	_ "go.uber.org/zap"
	_ "google.golang.org/grpc"
	_ "net/http"
	_ "os"
	_ "os/signal"
	_ "sync/atomic"
	_ "syscall"
	_ "time"
)
