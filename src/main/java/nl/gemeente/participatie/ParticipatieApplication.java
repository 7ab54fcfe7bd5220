package nl.gemeente.participatie;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ParticipatieApplication {
  public static void main(String[] args) {
    SpringApplication.run(ParticipatieApplication.class, args);
  }
}
