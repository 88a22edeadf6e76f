// Import list of package hdfs in backend/hdfs of rclone/rclone (the import blocks of its non-test files; no code kept)
package hdfs

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/colinmarc/hdfs/v2"
	_ "github.com/jcmturner/gokrb5/v8/client"
	_ "github.com/jcmturner/gokrb5/v8/config"
	_ "github.com/jcmturner/gokrb5/v8/credentials"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/lib/encoder"
	_ "github.com/rclone/rclone/lib/pacer"
	_ "github.com/rclone/rclone/lib/readers"
	_ "io"
	_ "os"
	_ "os/user"
	_ "path"
	_ "strings"
	_ "time"
)
