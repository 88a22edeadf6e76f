// Import list of package middleware in registry/storage/driver/middleware/cloudfront of distribution/distribution (the import blocks of its non-test files; no code kept)
package middleware

import (
	_ "context"
	_ "crypto/x509"
	_ "encoding/json"
	_ "encoding/pem"
	_ "errors"
	_ "fmt"
	_ "github.com/aws/aws-sdk-go/service/cloudfront/sign"
	_ "github.com/distribution/distribution/v3/internal/dcontext"
	_ "github.com/distribution/distribution/v3/internal/requestutil"
	_ "github.com/distribution/distribution/v3/registry/storage/driver"
	_ "github.com/distribution/distribution/v3/registry/storage/driver/middleware"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "strings"
	_ "sync"
	_ "time"
)
