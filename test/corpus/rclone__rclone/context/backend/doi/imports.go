// Import list of package doi in backend/doi of rclone/rclone (the import blocks of its non-test files; no code kept)
package doi

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/backend/doi/api"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/fs/fshttp"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/lib/cache"
	_ "github.com/rclone/rclone/lib/pacer"
	_ "github.com/rclone/rclone/lib/rest"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "path"
	_ "regexp"
	_ "strings"
	_ "time"
)
