// Import list of package logger in internal/grpc/logger of crazy-max/diun (the import blocks of its non-test files; no code kept)
package logger

import (
	_ "fmt"
	_ "github.com/rs/zerolog"
	_ "google.golang.org/grpc/grpclog"
)
