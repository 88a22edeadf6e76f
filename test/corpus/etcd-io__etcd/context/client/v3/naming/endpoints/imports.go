// Import list of package endpoints in client/v3/naming/endpoints of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package endpoints

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/client/v3/naming/endpoints/internal"
	_ "go.uber.org/zap"
	_ "google.golang.org/grpc/codes"
	_ "google.golang.org/grpc/status"
	_ "strings"
)
