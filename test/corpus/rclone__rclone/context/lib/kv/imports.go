// Import list of package kv in lib/kv of rclone/rclone (the import blocks of its non-test files; no code kept)
package kv

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/lib/encoder"
	_ "go.etcd.io/bbolt"
	_ "os"
	_ "path/filepath"
	_ "strings"
	_ "sync"
	_ "time"
)
