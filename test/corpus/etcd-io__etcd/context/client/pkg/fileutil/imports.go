// Import list of package fileutil in client/pkg/fileutil of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package fileutil

import (
	_ "bufio"
	_ "errors"
	_ "fmt"
	_ "go.etcd.io/etcd/client/pkg/v3/verify"
	_ "go.uber.org/zap"
	_ "golang.org/x/sys/unix"
	_ "io"
	_ "io/fs"
	_ "os"
	_ "path/filepath"
	_ "sort"
	_ "strings"
	_ "syscall"
	_ "time"
)
