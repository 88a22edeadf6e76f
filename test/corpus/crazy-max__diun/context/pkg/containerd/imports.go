// Import list of package containerd in pkg/containerd of crazy-max/diun (the import blocks of its non-test files; no code kept)
package containerd

import (
	_ "context"
	_ "github.com/containerd/containerd/api/services/containers/v1"
	_ "github.com/containerd/containerd/api/services/tasks/v1"
	_ "github.com/containerd/containerd/api/services/version/v1"
	_ "github.com/containerd/containerd/api/types/task"
	_ "github.com/pkg/errors"
	_ "google.golang.org/grpc"
	_ "google.golang.org/grpc/credentials/insecure"
	_ "google.golang.org/grpc/metadata"
	_ "google.golang.org/protobuf/types/known/emptypb"
	_ "net"
	_ "sort"
	_ "strings"
	_ "time"
)
