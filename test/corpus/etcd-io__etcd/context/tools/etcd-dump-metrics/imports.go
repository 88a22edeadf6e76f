// Import list of package main in tools/etcd-dump-metrics of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "flag"
	_ "fmt"
	_ "go.etcd.io/etcd/client/pkg/v3/fileutil"
	_ "go.etcd.io/etcd/client/pkg/v3/logutil"
	_ "go.etcd.io/etcd/client/pkg/v3/transport"
	_ "go.etcd.io/etcd/client/v3"
	_ "go.etcd.io/etcd/server/v3/embed"
	_ "go.uber.org/zap"
	_ "io"
	_ "maps"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "slices"
	_ "sort"
	_ "strings"
	_ "time"
)
