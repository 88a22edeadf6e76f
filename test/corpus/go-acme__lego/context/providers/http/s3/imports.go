// Import list of package s3 in providers/http/s3 of go-acme/lego (the import blocks of its non-test files; no code kept)
package s3

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/aws/aws-sdk-go-v2/aws"
	_ "github.com/aws/aws-sdk-go-v2/config"
	_ "github.com/aws/aws-sdk-go-v2/service/s3"
	_ "github.com/go-acme/lego/v5/challenge/http01"
	_ "strings"
)
