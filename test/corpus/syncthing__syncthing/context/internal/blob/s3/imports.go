// Import list of package s3 in internal/blob/s3 of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package s3

import (
	_ "context"
	_ "github.com/aws/aws-sdk-go/aws"
	_ "github.com/aws/aws-sdk-go/aws/credentials"
	_ "github.com/aws/aws-sdk-go/aws/session"
	_ "github.com/aws/aws-sdk-go/service/s3"
	_ "github.com/aws/aws-sdk-go/service/s3/s3manager"
	_ "github.com/syncthing/syncthing/internal/blob"
	_ "io"
	_ "time"
)
