// Import list of package containerd in internal/provider/containerd of crazy-max/diun (the import blocks of its non-test files; no code kept)
package containerd

import (
	_ "github.com/containerd/containerd/api/services/containers/v1"
	_ "github.com/containerd/containerd/api/types/task"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/provider"
	_ "github.com/crazy-max/diun/v4/pkg/containerd"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "google.golang.org/protobuf/types/known/timestamppb"
	_ "reflect"
	_ "strings"
)
