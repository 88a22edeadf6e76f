// Import list of package protondrive in backend/protondrive of rclone/rclone (the import blocks of its non-test files; no code kept)
package protondrive

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/coreos/go-semver/semver"
	_ "github.com/pquerna/otp/totp"
	_ "github.com/rclone/Proton-API-Bridge"
	_ "github.com/rclone/go-proton-api"
	_ "github.com/rclone/rclone/fs"
	_ "github.com/rclone/rclone/fs/config"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "github.com/rclone/rclone/fs/config/configstruct"
	_ "github.com/rclone/rclone/fs/config/obscure"
	_ "github.com/rclone/rclone/fs/fserrors"
	_ "github.com/rclone/rclone/fs/fshttp"
	_ "github.com/rclone/rclone/fs/hash"
	_ "github.com/rclone/rclone/lib/dircache"
	_ "github.com/rclone/rclone/lib/encoder"
	_ "github.com/rclone/rclone/lib/pacer"
	_ "github.com/rclone/rclone/lib/readers"
	_ "io"
	_ "path"
	_ "regexp"
	_ "strings"
	_ "time"
)
