// Import list of package grpc in internal/grpc of crazy-max/diun (the import blocks of its non-test files; no code kept)
package grpc

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/crazy-max/diun/v4/internal/db"
	_ "github.com/crazy-max/diun/v4/internal/grpc/logger"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/notif"
	_ "github.com/crazy-max/diun/v4/pb"
	_ "github.com/crazy-max/diun/v4/pkg/registry"
	_ "github.com/pkg/errors"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "go.podman.io/image/v5/docker/reference"
	_ "google.golang.org/grpc"
	_ "google.golang.org/grpc/health"
	_ "google.golang.org/grpc/health/grpc_health_v1"
	_ "google.golang.org/protobuf/types/known/timestamppb"
	_ "net"
	_ "strings"
	_ "time"
)
