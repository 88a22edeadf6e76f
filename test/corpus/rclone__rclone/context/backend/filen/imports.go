// Import list of package filen in backend/filen of rclone/rclone (the import blocks of its non-test files; no code kept)
package filen

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/FilenCloudDienste/filen-sdk-go/filen"
	_ "github.com/FilenCloudDienste/filen-sdk-go/filen/client"
	_ "github.com/FilenCloudDienste/filen-sdk-go/filen/types"
	_ "github.com/google/uuid"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/config/obscure"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/fs/list"
	_ "github.com/rclone/rclone/lib/encoder"
	_ "github.com/rclone/rclone/lib/pacer"
	_ "golang.org/x/sync/errgroup"
	_ "io"
	_ "path"
	_ "strings"
	_ "sync"
	_ "time"
)
