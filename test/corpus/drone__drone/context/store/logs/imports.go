// Import list of package logs in store/logs of drone/drone (the import blocks of its non-test files; no code kept)
package logs

import (
	_ "bytes"
	_ "context"
	_ "fmt"
	_ "github.com/Azure/azure-storage-blob-go/azblob"
	_ "github.com/aws/aws-sdk-go/aws"
	_ "github.com/aws/aws-sdk-go/aws/session"
	_ "github.com/aws/aws-sdk-go/service/s3"
	_ "github.com/aws/aws-sdk-go/service/s3/s3manager"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/store/shared/db"
	_ "io"
	_ "io/ioutil"
	_ "net/url"
	_ "path"
	_ "strings"
)
