// Import list of package abs in abs of benbjohnson/litestream (the import blocks of its non-test files; no code kept)
package abs

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/Azure/azure-sdk-for-go/sdk/azcore"
	_ "github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	_ "github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	_ "github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	_ "github.com/Azure/azure-sdk-for-go/sdk/azidentity"
	_ "github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
	_ "github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/blob"
	_ "github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/bloberror"
	_ "github.com/benbjohnson/litestream"
	_ "github.com/benbjohnson/litestream/internal"
	_ "github.com/superfly/ltx"
	_ "io"
	_ "log/slog"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "path"
	_ "strings"
	_ "sync"
	_ "time"
)
