// Import list of package oss in oss of benbjohnson/litestream (the import blocks of its non-test files; no code kept)
package oss

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss"
	_ "github.com/aliyun/alibabacloud-oss-go-sdk-v2/oss/credentials"
	_ "github.com/benbjohnson/litestream"
	_ "github.com/benbjohnson/litestream/internal"
	_ "github.com/superfly/ltx"
	_ "golang.org/x/sync/errgroup"
	_ "golang.org/x/sync/semaphore"
	_ "io"
	_ "log/slog"
	_ "net/url"
	_ "os"
	_ "path"
	_ "regexp"
	_ "strings"
	_ "sync"
	_ "time"
)
